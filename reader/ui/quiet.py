"""Keep Chromium's and Qt's own diagnostics out of the reader's terminal.

Every run printed Vulkan, dbus and GL errors (issue 10, defect 12): Chromium logs
what it cannot use (no Vulkan library, no system bus, no GPU) and Qt warns about
graphics back-ends it falls back from. None of it is the reader's concern, and it
looks like failure. ``yomu --verbose`` shows it all, as before.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

#: Qt's categories for page console messages and the WebEngine's own diagnostics.
QUIET_RULES = "js=false;qt.webengine*=false"


def logging_rules(existing: str) -> str:
    """Our quiet rules, then the user's own (later rules win, so theirs do)."""
    return ";".join(r for r in (QUIET_RULES, existing) if r)


def quiet_environment() -> None:
    """Set the Qt logging rules; must run before the QApplication exists."""
    os.environ["QT_LOGGING_RULES"] = logging_rules(
        os.environ.get("QT_LOGGING_RULES", "")
    )


def _handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    # Qt's debug, info and warning messages are for developers (--verbose); a
    # critical or fatal one may explain a failure, so it is still shown.
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        print(message, file=sys.stderr)


def install_quiet_handler() -> None:
    """Show Qt's critical and fatal messages only."""
    qInstallMessageHandler(_handler)
