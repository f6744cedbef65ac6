"""The interface language: English in the source, Simplified Chinese from resources/translations.

Translations are Qt Linguist `.ts` files (made with `pyside6-lupdate`, see
resources/translations/README.md; translated with Qt Linguist or by hand). `TsTranslator`
reads them directly, so no compiled `.qm` file has to be built or committed; Qt's own
strings (OK, Cancel, file dialogs) come from the `qtbase` translations that ship with PySide6.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gui.core.messages import CONTEXT, TEMPLATES, Message, message_of
from gui.core.paths import resources_dir

if TYPE_CHECKING:
    # PySide6's stub types the marker's result as object; it is the source text, a str.
    def QT_TRANSLATE_NOOP(context: str, source: str) -> str: ...  # noqa: N802 - Qt's name: lupdate finds it
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP  # noqa: F401 - re-exported, typed above

log = logging.getLogger("pizhu.i18n")

LANGUAGES = ("system", "zh_CN", "en")  # what Settings may hold: the system's, or one of ours
_installed: list[QTranslator] = []  # kept alive while installed
_current = "en"


_UNUSED = ("unfinished", "obsolete", "vanished")  # entries Linguist keeps but that do not apply


class TsTranslator(QTranslator):
    """A translator fed from a Linguist .ts file; unfinished or empty entries fall back to English."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.messages: dict[tuple[str, str], str] = {}
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source is None or translation is None or translation.get("type") in _UNUSED:
                    continue
                if translation.text:
                    self.messages[(name, source)] = translation.text

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:  # noqa: ARG002
        # None (a null QString), not "": Qt then asks the next translator (qtbase) or keeps the source.
        return self.messages.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return not self.messages


def resolve(language: str) -> str:
    """ "zh_CN" or "en" for a setting of "system", "zh_CN" or "en".

    "system" reads the default QLocale, which is the system's unless QLocale.setDefault
    changed it (as tests do)."""
    if language == "system":
        return "zh_CN" if QLocale().name().startswith("zh") else "en"
    return language if language in ("zh_CN", "en") else "en"


def translation_file(language: str) -> Path:
    return resources_dir() / "translations" / f"pizhu_{language}.ts"


def install(language: str) -> str:
    """Install the translators for a language setting; return the language in effect."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _current = resolve(language)
    if _current == "en" or app is None:  # English is the source; without an application nothing installs
        return _current
    qt = QTranslator()
    if qt.load(f"qtbase_{_current}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    path = translation_file(_current)
    if path.exists():
        ours = TsTranslator(path)
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation file %s", path)
    return _current


def chinese() -> bool:
    """Whether the interface speaks Chinese (label names follow it: 人物 or Person)."""
    return _current == "zh_CN"


def word(message: object) -> str:
    """A core message (or an error raised with one) in the interface's language.

    The core's `Message` carries its code and parameters; parameters that are messages
    themselves ("x.jsonl, line 3") are worded too. Plain strings come back as they are."""
    if isinstance(message, BaseException):
        message = message_of(message)
    if not isinstance(message, Message):
        return str(message)
    template = QCoreApplication.translate(CONTEXT, TEMPLATES[message.code])
    params = {key: word(value) if isinstance(value, Message) else value for key, value in message.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: English, not nothing
        log.warning("translation of %r does not format", message.code)
        return str(message)
