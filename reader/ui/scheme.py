"""The ``yomu:`` URL scheme: serves the reading page and its assets from memory.

The page loads nothing else: no file system, no network (see the page's CSP).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice, QObject
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from reader.core import resources

SCHEME = b"yomu"
PAGE_URL = "yomu://app/page.html"


def register_scheme() -> None:
    """Declare the scheme to Chromium; must run before the QApplication exists."""
    if QWebEngineUrlScheme.schemeByName(SCHEME).name() == SCHEME:
        return
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme | QWebEngineUrlScheme.Flag.LocalScheme
    )
    QWebEngineUrlScheme.registerScheme(scheme)


def _qwebchannel_js() -> bytes:
    qfile = QFile(":/qtwebchannel/qwebchannel.js")
    if not qfile.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError("Qt's qwebchannel.js resource is missing")
    return bytes(qfile.readAll().data())


class SchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers ``yomu://app/<name>`` from an in-memory table."""

    MIME = {".html": b"text/html", ".css": b"text/css", ".js": b"text/javascript"}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._files: dict[str, bytes] = {
            "page.css": resources.read_bytes("page/page.css"),
            "page.js": resources.read_bytes("page/page.js"),
            "lookup.js": resources.read_bytes("page/lookup.js"),
            "lookup.css": resources.read_bytes("page/lookup.css"),
            "qwebchannel.js": _qwebchannel_js(),
        }

    def set_page(self, html: str) -> None:
        """Replace the page served at ``PAGE_URL``."""
        self._files["page.html"] = html.encode("utf-8")

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802
        url = job.requestUrl()
        name = url.path().lstrip("/")
        data = self._files.get(name) if url.host() == "app" else None
        if data is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        mime = self.MIME.get(name[name.rfind(".") :], b"application/octet-stream")
        job.reply(mime, buffer)
