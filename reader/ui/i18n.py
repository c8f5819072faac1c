"""Interface language: English in the source, Japanese from resources/i18n."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TR_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from reader.core.choices import HighlightColor, Language
from reader.core.resources import ResourceError, resource_path

LANGUAGES = tuple(lang.value for lang in Language if lang is not Language.SYSTEM)


def tr(text: str) -> str:
    """Translate ``text``. One shared context: pyside6-lupdate files free ``tr`` calls
    under the empty context name."""
    return QCoreApplication.translate("", text)


def resolve_language(choice: str) -> str:
    """``system`` becomes ``ja`` under a Japanese locale, else ``en``."""
    if choice in LANGUAGES:
        return choice
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


# The colour names as lupdate finds them; the list itself is HighlightColor.
_COLOR_LABELS = (
    QT_TR_NOOP("Yellow"),
    QT_TR_NOOP("Green"),
    QT_TR_NOOP("Blue"),
    QT_TR_NOOP("Pink"),
    QT_TR_NOOP("Purple"),
)


def color_names() -> dict[str, str]:
    """The highlight colours by name, in the interface language."""
    return {c.value: tr(c.label) for c in HighlightColor}


class Translations:
    """Installs the translators for one language at a time."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, choice: str) -> str:
        """Switch to ``choice`` (system, en or ja); returns the language in use."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        self.language = resolve_language(choice)
        if app is None or self.language == "en":
            return self.language
        own = QTranslator(app)
        try:
            loaded = own.load(str(resource_path(f"i18n/yomu_{self.language}.qm")))
        except ResourceError:
            loaded = False
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for translator, ok in (
            (own, loaded),
            (qt, qt.load(f"qtbase_{self.language}", qt_dir)),
        ):
            if ok:
                QCoreApplication.installTranslator(translator)
                self._installed.append(translator)
        return self.language
