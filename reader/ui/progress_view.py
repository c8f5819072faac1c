"""Where am I: the share of the text read, in the status bar and per section.

Counted from the reading position (``reader.core.text.progress``), and kept with
it in the settings, so the recent files can say how far each text was read.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from reader.core.text.document import Document
from reader.core.text.progress import Progress, ProgressMeter
from reader.ui.i18n import tr
from reader.ui.sidebar import SectionSidebar


class ProgressView:
    """Shows reading progress as the position changes.

    Args:
        doc: the text read.
        status: the window's status bar (a permanent label goes there).
        sidebar: shows each section's share read.
    """

    def __init__(
        self, doc: Document, status: QStatusBar, sidebar: SectionSidebar
    ) -> None:
        self.doc = doc
        self.sidebar = sidebar
        self.label = QLabel(status)
        self.label.setObjectName("readingProgress")
        status.addPermanentWidget(self.label)
        self.meter = ProgressMeter(doc)
        self.progress: Progress = self.meter.at(None, 0.0)

    def update(self, block: str | None, fraction: float) -> Progress:
        """Show the progress of a reader at ``block``, ``fraction`` in."""
        self.progress = self.meter.at(block, fraction)
        self.show()
        return self.progress

    def show(self) -> None:
        """Write the label again (also on a change of language)."""
        p = self.progress
        self.label.setText(
            tr("%1% · %2 of %3 characters")
            .replace("%1", str(p.percent))
            .replace("%2", f"{p.read:,}")
            .replace("%3", f"{p.total:,}")
        )
        self.sidebar.model.set_progress(p.sections, self.meter.section_chars)
