"""Switching the UI language at run time with Qt's translation system."""

from __future__ import annotations

import logging

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
from wizard.model import Lang

log = logging.getLogger(__name__)

#: Qt locale names of the app's languages; UI source strings are English.
QT_LOCALES: dict[Lang, str] = {"zh": "zh_CN", "en": "en"}


class LanguageManager(QObject):
    """Installs the translators of one language; widgets retranslate on LanguageChange.

    Signals:
        changed: the new language ("zh" or "en"), after the translators are installed.
    """

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang: Lang = "zh"
        self._translators: list[QTranslator] = []

    def set_language(self, lang: Lang) -> None:
        app = QCoreApplication.instance()
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators = []
        locale = QT_LOCALES[lang]
        ours = QTranslator(self)
        if ours.load(str(resources.translations_dir() / f"wizard_{locale}.qm")):
            self._translators.append(ours)
        else:
            log.warning("no UI translation for %s", locale)
        # Qt's own strings (standard buttons, file dialogs), where Qt ships them.
        qt_own = QTranslator(self)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if lang != "en" and qt_own.load(f"qtbase_{locale}", qt_dir):
            self._translators.append(qt_own)
        for translator in self._translators:
            QCoreApplication.installTranslator(translator)
        QLocale.setDefault(QLocale(locale))
        self.lang = lang
        if app is not None:
            self.changed.emit(lang)


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
