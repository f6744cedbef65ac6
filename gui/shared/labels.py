"""The entity label set: code, names in both languages, colour and shortcut key.

The shipped set follows DESIGN.md; users may recolour, rename, rebind or add
labels in Settings (saved with QSettings by gui/shared/settings.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from gui.core.vocabulary import ENTITY_LABELS


@dataclass(frozen=True, slots=True)
class LabelDef:
    code: str
    name_zh: str
    name_en: str
    color: str  # #rrggbb, used as a light background with a solid underline
    key: str  # one character; "" for none

    def display(self, chinese: bool | None = None) -> str:
        """ "人物 PER" in a Chinese interface, "Person PER" in an English one."""
        if chinese is None:
            from gui.shared.i18n import chinese as interface_is_chinese

            chinese = interface_is_chinese()
        return f"{self.name_zh if chinese else self.name_en} {self.code}"


# How the window shows each of the core's labels (gui/core/vocabulary.py declares which there are).
_LOOK: dict[str, tuple[str, str, str, str]] = {
    "PER": ("人物", "Person", "#e4572e", "1"),
    "POST": ("职务", "Post", "#f0a202", "2"),
    "ORG": ("机构", "Organisation", "#2e86ab", "3"),
    "LOC": ("地点", "Place", "#3bb273", "4"),
    "TIME": ("时间", "Time", "#7768ae", "5"),
    "MEETING": ("会议", "Meeting", "#d1495b", "6"),
    "DOC": ("文件", "Document", "#00798c", "7"),
}
DEFAULT_LABELS: tuple[LabelDef, ...] = tuple(LabelDef(code, *_LOOK[code]) for code in ENTITY_LABELS)

FALLBACK_COLOR = "#888888"


def label_records(labels: LabelSet) -> list[dict[str, str]]:
    """A label set as plain records (stored in the user's settings and in a library)."""
    return [
        {"code": label.code, "name_zh": label.name_zh, "name_en": label.name_en, "color": label.color, "key": label.key}
        for label in labels
    ]


def label_set_from(records: object) -> LabelSet | None:
    """A label set from stored records, or None when they are not a label set's."""
    if not isinstance(records, list) or not records:
        return None
    try:
        return LabelSet([LabelDef(**item) for item in records])
    except TypeError:
        return None


class LabelSet:
    """Ordered labels with lookup by code and by key."""

    def __init__(self, labels: tuple[LabelDef, ...] | list[LabelDef] = DEFAULT_LABELS) -> None:
        self.labels: tuple[LabelDef, ...] = tuple(labels)
        self._by_code = {label.code: label for label in self.labels}

    def __iter__(self) -> Iterator[LabelDef]:
        return iter(self.labels)

    def __len__(self) -> int:
        return len(self.labels)

    def get(self, code: str) -> LabelDef:
        """The definition of a label; an unknown code (e.g. from an import) gets a grey stand-in."""
        found = self._by_code.get(code)
        return found if found else LabelDef(code, code, code, FALLBACK_COLOR, "")

    def by_key(self, key: str) -> LabelDef | None:
        for label in self.labels:
            if label.key and label.key == key:
                return label
        return None

    def codes(self) -> list[str]:
        return [label.code for label in self.labels]

    def with_label(self, label: LabelDef) -> LabelSet:
        """A copy with `label` replacing the one of the same code, or appended."""
        if label.code in self._by_code:
            return LabelSet([label if old.code == label.code else old for old in self.labels])
        return LabelSet([*self.labels, label])
