"""The reading pane: a QWebEngineView on the ``yomu:`` page, with a bridge to it.

Signals:
    ready: the page is loaded and its script connected.
    top_block_changed(str): the block at the top of the pane changed.
    selection_changed(list): the page's selection as offset ranges.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QContextMenuEvent, QDesktopServices
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QMenu, QWidget

from reader.ui.bridge import Bridge
from reader.ui.scheme import PAGE_URL, SCHEME, SchemeHandler

log = logging.getLogger(__name__)


class ReadingPage(QWebEnginePage):
    """A page that never navigates away from the reading page or opens windows.

    Script errors are kept in ``errors`` (and logged): the tests fail on any.
    """

    errors: list[str]

    def javaScriptConsoleMessage(  # noqa: N802
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        if level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel:
            self.errors.append(f"{source}:{line}: {message}")
            log.error("page script: %s:%d: %s", source, line, message)

    def acceptNavigationRequest(  # noqa: N802
        self, url: QUrl | str, nav_type: QWebEnginePage.NavigationType, is_main: bool
    ) -> bool:
        return QUrl(url).toString() == PAGE_URL

    def createWindow(  # type: ignore[override]  # noqa: N802
        self, _type: QWebEnginePage.WebWindowType
    ) -> QWebEnginePage | None:
        return None  # no pop-ups


def _profile(parent: QWidget) -> QWebEngineProfile:
    """An off-the-record profile: no cookies, cache or storage on disk."""
    profile = QWebEngineProfile(parent)
    settings = profile.settings()
    settings.setAttribute(
        QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False
    )
    settings.setAttribute(
        QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows, False
    )
    settings.setAttribute(QWebEngineSettings.WebAttribute.PluginsEnabled, False)
    return profile


class ReadingView(QWebEngineView):
    """Shows the rendered document and relays what the page reports."""

    ready = Signal()
    top_block_changed = Signal(str)
    selection_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile = _profile(self)
        self._handler = SchemeHandler(self._profile)
        self._profile.installUrlSchemeHandler(SCHEME, self._handler)
        page = ReadingPage(self._profile, self)
        page.errors = []
        self.setPage(page)
        # Children are deleted in the order they were added, and the page must go
        # before its profile: move the profile to the end of the list.
        self._profile.setParent(None)
        self._profile.setParent(self)
        self.bridge = Bridge(self)
        self._channel = QWebChannel(self.page())
        self._channel.registerObject("bridge", self.bridge.api)
        self.page().setWebChannel(self._channel)
        self.is_ready = False
        self._loading = False  # a page is loading and has not yet reported ready
        self._queued = False  # a newer page waits for the loading one to be ready
        self.selection: list[dict[str, Any]] = []
        self.context_actions: list[Any] = []
        self.extend_context_menu: Callable[[QMenu, str, int], None] | None = None
        self.bridge.page_ready.connect(self._on_ready)
        self.bridge.top_block_changed.connect(self.top_block_changed)
        self.bridge.selection_changed.connect(self._on_selection)
        self.bridge.link_requested.connect(open_external_link)

    def show_page(self, html: str) -> None:
        """Load ``html`` as the reading page.

        A page still loading is let finish first: its script, once it runs, would
        report ready in the place of the page that replaced it.
        """
        self.is_ready = False
        self._handler.set_page(html)
        if self._loading:
            self._queued = True
            return
        self._loading = True
        self.load(QUrl(PAGE_URL))

    def _on_ready(self) -> None:
        if self._queued:
            self._queued = False
            self.load(QUrl(PAGE_URL))
            return
        self._loading = False
        self.is_ready = True
        self.ready.emit()

    def _on_selection(self, ranges: list[dict[str, Any]]) -> None:
        self.selection = ranges
        self.selection_changed.emit(ranges)

    def call(
        self, function: str, *args: Any, callback: Callable[[Any], None] | None = None
    ) -> None:
        """Call ``window.yomu.<function>(*args)`` in the page."""
        script = (
            f"window.yomu && window.yomu.{function}({', '.join(map(json.dumps, args))})"
        )
        if callback is None:
            self.page().runJavaScript(script)
        else:
            self.page().runJavaScript(script, 0, callback)

    @property
    def script_errors(self) -> list[str]:
        page = self.page()
        return page.errors if isinstance(page, ReadingPage) else []

    def release(self) -> None:
        """Delete the page, then its profile: Qt WebEngine needs that order."""
        page = self.page()
        page.setWebChannel(None)  # type: ignore[arg-type]
        shiboken6.delete(page)
        shiboken6.delete(self._profile)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        """Ask the page what is under the pointer, then show the menu for it."""
        where = event.globalPos()
        pos = event.pos()
        self.call(
            "offsetAt",
            pos.x(),
            pos.y(),
            callback=lambda target: self.context_menu(target).popup(where),
        )

    def context_menu(self, target: object) -> QMenu:
        """The menu for a point of the page (``{"b": block, "o": offset}`` or None)."""
        menu = QMenu(self)
        for action in self.context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        extend = self.extend_context_menu
        if isinstance(target, dict) and extend is not None:
            extend(menu, str(target.get("b")), int(target.get("o", 0)))
        return menu


def open_external_link(url: str) -> None:
    """Open a link from the page in the system browser: web addresses only."""
    qurl = QUrl(url)
    if qurl.scheme() in ("http", "https"):
        QDesktopServices.openUrl(qurl)
