"""The window's preferences, declared once with their types and defaults, over QSettings.

Per-user things live here (label colours and keys, font size, window layout,
the last article of each library). The topic list belongs to the library, so
that the command line tags with the same topics (see Library.topics).
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from gui.shared.i18n import LANGUAGES
from gui.shared.labels import DEFAULT_LABELS, LabelSet, label_records, label_set_from
from gui.shared.theme import THEMES

DEFAULT_FONT_SIZE = 14
MIN_FONT_SIZE, MAX_FONT_SIZE = 9, 40


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings if qsettings is not None else QSettings()

    def _json(self, key: str, default: Any) -> Any:
        raw = self.q.value(key)
        if raw in (None, ""):
            return default
        try:
            return json.loads(str(raw))
        except json.JSONDecodeError:
            return default

    def _set_json(self, key: str, value: Any) -> None:
        self.q.setValue(key, json.dumps(value, ensure_ascii=False))
        self.q.sync()

    # -- labels ------------------------------------------------------------

    def labels(self) -> LabelSet:
        return label_set_from(self._json("labels", None)) or LabelSet(DEFAULT_LABELS)

    def set_labels(self, labels: LabelSet) -> None:
        self._set_json("labels", label_records(labels))

    # -- team coding -------------------------------------------------------

    def coder(self) -> str:
        """The user's name as a coder ('' works alone: their work is the library's own layer)."""
        return str(self.q.value("team/coder", "") or "").strip()

    def set_coder(self, name: str) -> None:
        self.q.setValue("team/coder", name.strip())
        self.q.setValue("team/asked", True)
        self.q.sync()

    def coder_asked(self) -> bool:
        """Whether the first start has asked for the name (or Settings has set it)."""
        return str(self.q.value("team/asked", "false")).lower() == "true"

    # -- reading -----------------------------------------------------------

    def font_size(self) -> int:
        try:
            size = int(str(self.q.value("reader/font_size", DEFAULT_FONT_SIZE)))
        except (TypeError, ValueError):
            size = DEFAULT_FONT_SIZE
        return max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, size))

    def set_font_size(self, size: int) -> None:
        self.q.setValue("reader/font_size", max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, int(size))))

    def language(self) -> str:
        """ "system", "zh_CN" or "en"."""
        value = str(self.q.value("ui/language", "system"))
        return value if value in LANGUAGES else "system"

    def set_language(self, language: str) -> None:
        self.q.setValue("ui/language", language)

    def theme(self) -> str:
        """ "system", "light" or "dark"."""
        value = str(self.q.value("ui/theme", "system"))
        return value if value in THEMES else "system"

    def set_theme(self, theme: str) -> None:
        self.q.setValue("ui/theme", theme)

    # -- libraries ---------------------------------------------------------

    def recent_libraries(self) -> list[str]:
        value = self._json("libraries/recent", [])
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

    def add_recent_library(self, path: str, keep: int = 8) -> None:
        recent = [path] + [p for p in self.recent_libraries() if p != path]
        self._set_json("libraries/recent", recent[:keep])

    # -- window ------------------------------------------------------------

    def window_state(self, name: str) -> QByteArray | None:
        value = self.q.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, name: str, value: QByteArray) -> None:
        self.q.setValue(f"window/{name}", value)

    def last_article(self, library: str) -> int | None:
        value = self._json("window/last_articles", {}).get(library)
        return value if isinstance(value, int) else None

    def set_last_article(self, library: str, article_id: int | None) -> None:
        table = self._json("window/last_articles", {})
        if article_id is None:
            table.pop(library, None)
        else:
            table[library] = article_id
        # Written on every article shown: QSettings saves it soon after (and sync() on close), not now.
        self.q.setValue("window/last_articles", json.dumps(table, ensure_ascii=False))

    def sync(self) -> None:
        self.q.sync()
