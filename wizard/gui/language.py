"""Switching the UI language at run time with Qt's translation system."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from wizard import resources

if TYPE_CHECKING:
    from wizard.model import Lang

log = logging.getLogger(__name__)

#: Qt locale names of the app's languages; UI source strings are English.
QT_LOCALES: dict[Lang, str] = {"zh": "zh_CN", "en": "en"}


def qt_translations_dir() -> str:
    """Where Qt's own translations (``qtbase_zh_CN.qm``) are: PySide6's Qt folder, also in
    the PyInstaller bundle (build.spec keeps that one file)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def qt_translation_loads(locale: str) -> bool:
    """Whether Qt's own translation for ``locale`` is there (the self-test checks a build)."""
    return QTranslator().load(f"qtbase_{locale}", qt_translations_dir())


class LanguageManager(QObject):
    """Installs the translators of one language; widgets retranslate on LanguageChange.

    Signals:
        changed: the new language ("zh" or "en"), after the translators are installed.
    """

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang: Lang = "zh"
        self.qt_translated = False  # Qt's own dialogs are in the UI language
        self._translators: list[QTranslator] = []

    def uninstall(self) -> None:
        """Remove this manager's translators from the application (e.g. between tests)."""
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators = []

    def set_language(self, lang: Lang) -> None:
        app = QCoreApplication.instance()
        self.uninstall()
        locale = QT_LOCALES[lang]
        ours = QTranslator(self)
        if ours.load(str(resources.translations_dir() / f"wizard_{locale}.qm")):
            self._translators.append(ours)
        else:
            log.warning("no UI translation for %s", locale)
        # Qt's own strings: message box buttons, file and print dialogs, the calendar.
        self.qt_translated = False
        if lang != "en":
            qt_own = QTranslator(self)
            if qt_own.load(f"qtbase_{locale}", qt_translations_dir()):
                self._translators.append(qt_own)
                self.qt_translated = True
            else:
                log.warning("no Qt translation qtbase_%s in %s", locale, qt_translations_dir())
            # The few of Qt's strings its own file misses (installed later: asked first).
            extra = QTranslator(self)
            if extra.load(str(resources.translations_dir() / f"qt_extra_{locale}.qm")):
                self._translators.append(extra)
        for translator in self._translators:
            QCoreApplication.installTranslator(translator)
        QLocale.setDefault(QLocale(locale))
        self.lang = lang
        if app is not None:
            self.changed.emit(lang)


def current_lang() -> Lang:
    """The UI language now on (the default locale the language manager sets)."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


class Retranslating:
    """Mix-in for widgets: calls ``self.retranslate()`` when Qt announces a language change.

    Put it before the Qt base class: ``class Page(Retranslating, QWidget)``.
    """

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
