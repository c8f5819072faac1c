"""The QApplication: made once, named, styled."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from reader.paths import APP_NAME, ORG_NAME


def application(argv0: str) -> QApplication:
    """The running QApplication (made if there is none), named and styled."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([argv0])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName("Yomu")
    app.setStyle("Fusion")  # follows the light/dark colour scheme on every platform
    return app
