"""Text that came from a file, made safe to show: as text (never markup), and never wider than the window.

Qt guesses by itself whether a tooltip, a message box or a label left in AutoText is rich text
(Qt::mightBeRichText: a known tag in the first line), and Qt Charts renders its titles, axis labels
and legend entries as HTML always. An article titled `<img src=file:///dev/zero>` would then make
the window read that file. So every imported string goes to such a place through `rich` (tooltips,
message boxes, progress labels) or `chart_text` (Qt Charts), and labels that hold one are PlainText.

A title of 5,000 letters without a space, shown whole, would hold the window 137,860 px wide:
`shown` cuts it and lets Qt break it where it could not.
"""

from __future__ import annotations

import html
import unicodedata

ZWSP = "\u200b"  # zero-width space: where Qt may break a line, invisible
# Runs of this many characters with nowhere to break a line (no space, no Chinese character: a
# URL, a file name, hostile input) get a break opportunity every BREAK_EVERY characters.
LONG_RUN = 30
BREAK_EVERY = 10
# Characters of a headline shown in the reader, longer ones cut: the longest real headlines
# fit, and a junk one leaves the text room on a 1366x768 screen.
TITLE_LIMIT = 60
HEADLINE_LIMIT = 40  # a pre-title, a subtitle
TOOLTIP_LIMIT = 500  # characters of imported text shown in a tooltip
NAME_LIMIT = 60  # characters of an issuer, topic or entity inside a sentence, a chip or a graph


def short(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, the cut marked with an ellipsis."""
    return text if len(text) <= limit else text[: max(0, limit - 1)] + "…"


def _breaks_around(ch: str) -> bool:
    # Qt breaks a line at a space and next to a Chinese character (not before 。 or ，).
    return (
        ch.isspace() or ch == ZWSP or (unicodedata.east_asian_width(ch) in "WF" and unicodedata.category(ch)[0] == "L")
    )


def breakable(text: str) -> str:
    """`text` with zero-width spaces in its long runs that Qt's line breaking cannot break, for
    display only: a word-wrapped label is never wider than about BREAK_EVERY characters."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= LONG_RUN:
            count = 0
            for ch in run:
                if count >= BREAK_EVERY and not unicodedata.combining(ch):
                    out.append(ZWSP)  # never between a letter and its accent
                    count = 0
                out.append(ch)
                count += 1
        else:
            out.extend(run)
        run.clear()

    for ch in text:
        if _breaks_around(ch):
            flush()
            out.append(ch)
        else:
            run.append(ch)
    flush()
    return "".join(out)


def shown(text: str, limit: int) -> str:
    """Imported text as a word-wrapped label shows it: at most `limit` characters, breakable."""
    return breakable(short(text, limit))


def rich(text: str) -> str:
    """`text` as rich text that Qt shows literally, line breaks and spaces kept: for places that
    guess the text format (tooltips, message boxes, progress labels). Wrapped in a tag so Qt
    always takes it as rich text (escaped plain text could pass as plain and show `&lt;`)."""
    return '<span style="white-space:pre-wrap">' + html.escape(text, quote=False) + "</span>"


def tooltip(text: str, limit: int = TOOLTIP_LIMIT) -> str:
    """Imported text for a tooltip: literal, cut to `limit` characters and breakable."""
    return rich(shown(text, limit))


def chart_text(text: str) -> str:
    """Imported text for a Qt Charts title, axis label or legend entry (always rendered as HTML)."""
    return html.escape(text, quote=False)
