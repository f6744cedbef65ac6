"""The coders' layers as the input of agreement on annotations (gui/core/agreement_spans.py).

The rules, the same for the report, the window and the command line:

- An article counts as annotated by a coder when the coder has any annotation on it — an
  entity or directive they tagged, accepted, edited or rejected — or coded one of its
  suggested directives. Codes on the article and notes alone do not count: a coder may code
  the article's variables without marking its text, and their empty text would then read as
  "found nothing" (and inflate the character-level alpha). Only articles annotated by two or
  more of the compared coders are compared.
- A coder's entities are their own entity annotations that are not rejected. A suggestion they
  left untouched is nobody's: it stays in the library's layer and is not counted as theirs
  (accepting or editing it makes it theirs).
- A coder's directives are their own directives that are not rejected, and the suggested
  directives they coded (coding one says it is a directive; it stays in the library's layer).
- Codes on directives line up by matching (agreement_spans.directive_units): the directives of
  several coders matched to each other are one unit, whatever their annotation ids; the codes on
  a directive no other coder matched are left out and counted as `unmatched`.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field

from gui.core.agreement_spans import DirectiveSpan, Span, directive_units
from gui.core.model import Annotation

DIRECTIVE_FIELDS = ("issuer", "strength", "addressee", "topic")


@dataclass(slots=True)
class Layers:
    """Per article, each annotating coder's entity spans and directives."""

    entities: dict[int, dict[str, list[Span]]] = field(default_factory=dict)
    directives: dict[int, dict[str, list[DirectiveSpan]]] = field(default_factory=dict)
    # (coder, annotation id) -> (article, coder, index in the coder's directives of the article)
    nodes: dict[tuple[str, int], tuple[Hashable, str, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, annotations: Iterable[Annotation], coders: Sequence[str]) -> Layers:
        """From the store's `coders_annotations`: rows of other coders or of no coder are ignored."""
        layers = cls()
        wanted = set(coders)
        for a in annotations:
            if a.coder not in wanted or a.article_id is None:
                continue
            entities = layers.entities.setdefault(a.article_id, {}).setdefault(a.coder, [])
            directives = layers.directives.setdefault(a.article_id, {}).setdefault(a.coder, [])
            if a.status == "rejected":
                continue
            if a.kind == "entity":
                entities.append(Span(a.start, a.end, a.label))
            elif a.kind == "directive":
                # A suggested directive the coder coded and also their own copy of it: one directive.
                same = [n for n, d in enumerate(directives) if (d.start, d.end) == (a.start, a.end)]
                if a.id is not None:
                    layers.nodes[(a.coder, a.id)] = (a.article_id, a.coder, same[0] if same else len(directives))
                if not same:
                    attrs = {name: str(a.attrs.get(name) or "") for name in DIRECTIVE_FIELDS}
                    directives.append(DirectiveSpan(a.start, a.end, attrs))
        return layers

    def compared_articles(self) -> list[int]:
        """The articles two or more coders annotated."""
        return sorted(article for article, coders in self.entities.items() if len(coders) >= 2)

    def directive_unit_keys(self) -> dict[tuple[str, int], tuple[str, int]]:
        """(coder, directive id) -> the unit its codes belong to, for matched directives only."""
        numbers = directive_units(self.directives)
        return {key: ("directive", numbers[node]) for key, node in self.nodes.items() if node in numbers}
