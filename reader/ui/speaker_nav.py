"""Go › Next/Previous Turn and Follow Speaker.

A turn is what one speaker says; the keys step from the turn at the top of the
pane to the next or previous one, of the followed speaker only when one is
followed. Following dims the other speakers' turns on the page (speakers.js) and
in the sidebar.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from reader.core.text.document import Document
from reader.core.text.progress import speakers, step_turn
from reader.ui.actions import Actions
from reader.ui.i18n import tr
from reader.ui.reading_view import ReadingView
from reader.ui.sidebar import SectionSidebar


class SpeakerNavigator:
    """Moves by speaker, and follows one.

    Args:
        doc: the text read.
        view: the reading pane.
        sidebar: shows the followed speaker.
        top_block: the block at the top of the pane now.
        go: scrolls a block to the top.
        tell: shows a one-line message.
    """

    def __init__(
        self,
        doc: Document,
        view: ReadingView,
        sidebar: SectionSidebar,
        top_block: Callable[[], str],
        go: Callable[[str], None],
        tell: Callable[[str], None],
    ) -> None:
        self.doc = doc
        self.view = view
        self.sidebar = sidebar
        self.top_block = top_block
        self.go = go
        self.tell = tell
        self.followed = ""
        self.names = speakers(doc)
        self._group: QActionGroup | None = None
        sidebar.speaker_chosen.connect(self.follow)

    def connect(self, actions: Actions, menu: QMenu | None) -> None:
        """Wire the Go menu's actions (built again on a change of language)."""
        for action in (actions.next_turn, actions.previous_turn):
            action.setEnabled(bool(self.names))
        actions.next_turn.triggered.connect(lambda: self.step(+1))
        actions.previous_turn.triggered.connect(lambda: self.step(-1))
        if menu is not None:
            self._fill(menu)

    def _fill(self, menu: QMenu) -> None:
        menu.setEnabled(bool(self.names))
        group = QActionGroup(menu)
        group.setExclusive(True)
        for name, text in [("", tr("Everyone")), *((n, n) for n in self.names)]:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setData(name)
            action.setChecked(name == self.followed)
            group.addAction(action)
        group.triggered.connect(lambda action: self.follow(str(action.data() or "")))
        self._group = group

    def step(self, step: int) -> str | None:
        """Go to the next (+1) or previous (-1) turn; its block id, or None."""
        target = step_turn(self.doc, self.top_block(), step, self.followed or None)
        if target is None:
            self.tell(tr("No later turn") if step > 0 else tr("No earlier turn"))
            return None
        self.go(target)
        return target

    def follow(self, speaker: str) -> None:
        """Follow ``speaker`` ("" for everyone) on the page, sidebar and menu."""
        self.followed = speaker if speaker in self.names else ""
        self.apply()
        self.sidebar.show_followed(self.followed)
        if self._group is not None:
            for action in self._group.actions():
                action.setChecked(action.data() == self.followed)

    def apply(self) -> None:
        """Send the followed speaker to the page (again, after a new page)."""
        self.view.call("followSpeaker", self.followed)
