"""Translated one-line texts for what the Qt-free core reports in English.

The core's reports (ImportReport, TagReport, ExportReport) and edits carry English
summaries for the command line. The window builds its own from their fields, so
that the status bar, dialogs and the Edit menu's undo text speak the interface's
language. In English the results are the core's texts, word for word.

Per-file problem lines (an `InputError` such as "x.txt: empty file; skipped") and
other core error messages stay English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.core.corrections import CodeEdit, Edit, StatusEdit
from gui.core.export import ExportReport
from gui.core.library import ImportReport, TagReport
from gui.shared.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "Summaries"

# Status words as the window shows them (article list, export filters, undo text).
ARTICLE_STATUS_TEXT = {
    "new": QT_TRANSLATE_NOOP("Summaries", "new"),
    "in_progress": QT_TRANSLATE_NOOP("Summaries", "in progress"),
    "done": QT_TRANSLATE_NOOP("Summaries", "done"),
}
# An annotation's status as the window shows it (directive table, tooltips, export filters).
ANNOTATION_STATUS_TEXT = {
    "suggested": QT_TRANSLATE_NOOP("Summaries", "suggested"),
    "accepted": QT_TRANSLATE_NOOP("Summaries", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("Summaries", "rejected"),
}
# "{n} entities": an export's rows, by what was exported (the core does not pluralise these).
_EXPORT_UNITS = {
    "entities": QT_TRANSLATE_NOOP("Summaries", "{n} entities"),
    "directives": QT_TRANSLATE_NOOP("Summaries", "{n} directives"),
    "articles": QT_TRANSLATE_NOOP("Summaries", "{n} articles"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _pick(n: int, one: str, many: str) -> str:
    """The singular or plural English source, translated (Chinese needs no plural)."""
    return _tr(one if n == 1 else many)


def _cancelled(text: str, cancelled: bool) -> str:
    return QCoreApplication.translate("Summaries", "{text} (cancelled)").format(text=text) if cancelled else text


def article_status(status: str) -> str:
    """ "in progress" (English) or "进行中" (Chinese) for an article status."""
    return _tr(ARTICLE_STATUS_TEXT[status]) if status in ARTICLE_STATUS_TEXT else status


def annotation_status(status: str) -> str:
    """ "suggested" (English) or "建议" (Chinese) for an annotation status."""
    return _tr(ANNOTATION_STATUS_TEXT[status]) if status in ANNOTATION_STATUS_TEXT else status


def import_summary(report: ImportReport) -> str:
    """ImportReport.summary() in the interface's language."""
    parts = [
        _pick(
            report.added,
            QT_TRANSLATE_NOOP("Summaries", "{n} article imported"),
            QT_TRANSLATE_NOOP("Summaries", "{n} articles imported"),
        ).format(n=report.added)
    ]
    if report.duplicates:
        parts.append(QCoreApplication.translate("Summaries", "{n} already in the library").format(n=report.duplicates))
    if report.problems:
        n = len(report.problems)
        parts.append(
            _pick(
                n, QT_TRANSLATE_NOOP("Summaries", "{n} problem"), QT_TRANSLATE_NOOP("Summaries", "{n} problems")
            ).format(n=n)
        )
    text = _pick(
        report.files,
        QT_TRANSLATE_NOOP("Summaries", "{parts} from {n} file"),
        QT_TRANSLATE_NOOP("Summaries", "{parts} from {n} files"),
    ).format(parts=QCoreApplication.translate("Summaries", ", ").join(parts), n=report.files)
    return _cancelled(text, report.cancelled)


def tag_summary(report: TagReport) -> str:
    """TagReport.summary() in the interface's language."""
    text = _pick(
        report.articles,
        QT_TRANSLATE_NOOP("Summaries", "{n} article re-tagged, {suggestions} suggestions"),
        QT_TRANSLATE_NOOP("Summaries", "{n} articles re-tagged, {suggestions} suggestions"),
    ).format(n=report.articles, suggestions=report.suggestions)
    return _cancelled(text, report.cancelled)


def export_rows(what: str, n: int) -> str:
    """ "1,234 entities": a count of exported rows of one kind."""
    unit = _EXPORT_UNITS.get(what)
    return _tr(unit).format(n=f"{n:,}") if unit else f"{n:,} {what}"


def export_unit(what: str) -> str:
    """The name of what an export counts (entities, directives, articles), for its progress."""
    names = {
        "entities": QT_TRANSLATE_NOOP("Summaries", "entities"),
        "directives": QT_TRANSLATE_NOOP("Summaries", "directives"),
        "articles": QT_TRANSLATE_NOOP("Summaries", "articles"),
    }
    return _tr(names[what]) if what in names else what


def export_summary(report: ExportReport) -> str:
    """ExportReport.summary() in the interface's language."""
    unit = report.what if report.what != "articles" and report.format in ("csv", "jsonl") else "articles"
    text = export_rows(unit, report.rows)
    if unit != "articles":
        text = _pick(
            report.articles,
            QT_TRANSLATE_NOOP("Summaries", "{rows} from {n} article"),
            QT_TRANSLATE_NOOP("Summaries", "{rows} from {n} articles"),
        ).format(rows=text, n=f"{report.articles:,}")
    if report.cancelled:
        return QCoreApplication.translate("Summaries", "export cancelled after {text}; nothing was written").format(
            text=text
        )
    if report.path:
        return QCoreApplication.translate("Summaries", "{text} written to {path}").format(text=text, path=report.path)
    return QCoreApplication.translate("Summaries", "{text} written").format(text=text)


def edit_description(edit: Edit | StatusEdit | CodeEdit) -> str:
    """The text of an edit on the undo stack ("Add PER 林武"); a description given by the window is kept."""
    if isinstance(edit, CodeEdit):
        if edit.after is None:
            return QCoreApplication.translate("Summaries", "Clear {variable}").format(variable=edit.variable)
        return QCoreApplication.translate("Summaries", "Code {variable}").format(variable=edit.variable)
    if isinstance(edit, StatusEdit):
        if edit.description == f"Mark {edit.after.replace('_', ' ')}":
            return QCoreApplication.translate("Summaries", "Mark {status}").format(status=article_status(edit.after))
        return edit.description
    before, after = edit.before, edit.after
    if before is None and after is not None and edit.description == f"Add {after.label} {after.text}":
        return QCoreApplication.translate("Summaries", "Add {label} {text}").format(label=after.label, text=after.text)
    if after is None and before is not None and edit.description == f"Delete {before.text}":
        return QCoreApplication.translate("Summaries", "Delete {text}").format(text=before.text)
    if before is not None and after is not None and edit.description == f"Change {before.text}":
        return QCoreApplication.translate("Summaries", "Change {text}").format(text=before.text)
    return edit.description
