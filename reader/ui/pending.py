"""Changes the store could not save (a full disk, a read-only folder).

The store writes to disk first and raises, leaving memory as it was. Here such a
change is kept in the window, the reader is told plainly why, and can retry it or
export it to a file; nothing the reader typed is dropped.

Signals (PendingChanges):
    changed: the list of unsaved changes grew or shrank.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QStatusBar, QWidget

from reader.core.annotations import write_export
from reader.ui import plain
from reader.ui.i18n import tr


@dataclass(frozen=True)
class Unsaved:
    """One change not yet on disk, and how to save it.

    Attributes:
        action: what the reader did ("highlight", "note", "colour", "delete", …).
        quote: the highlighted text.
        note: the note (for a note, the text the reader typed).
        color: the highlight's colour.
        save: makes the change in the store (raises OSError while it cannot).
    """

    action: str
    quote: str
    note: str = ""
    color: str = ""
    save: Callable[[], Any] = field(default=lambda: None, compare=False, repr=False)

    def record(self) -> dict[str, str]:
        """The change as data, for an export."""
        data = asdict(self)
        data.pop("save")
        return data


def as_markdown(changes: list[Unsaved]) -> str:
    """Unsaved changes as a Markdown list (quotes and notes as written)."""
    lines = ["# Yomu: changes not saved", ""]
    for change in changes:
        lines.append(
            f"- {change.action} ({change.color})"
            if change.color
            else f"- {change.action}"
        )
        lines.extend(f"  > {line}" for line in change.quote.splitlines() or [""])
        if change.note:
            lines.append("")
            lines.extend(f"  {line}" for line in change.note.splitlines())
        lines.append("")
    return "\n".join(lines)


class PendingChanges(QObject):
    """Keeps unsaved changes, shows why, and offers Retry and Export."""

    changed = Signal()

    def __init__(self, window: QWidget, status_bar: QStatusBar) -> None:
        super().__init__(window)
        self.window = window
        self.items: list[Unsaved] = []
        self.reason = ""
        self.box: QMessageBox | None = None
        self.button = QPushButton(window)  # in the status bar while changes wait
        self.button.setFlat(True)
        self.button.clicked.connect(self.show_message)
        self.button.hide()
        status_bar.addPermanentWidget(self.button)

    def attempt(self, change: Unsaved) -> Any:
        """Save ``change``; if the disk refuses, keep it and say so (returns None)."""
        try:
            return change.save()
        except OSError as exc:
            self._keep([change], exc)
            return None

    def retry(self) -> bool:
        """Save the kept changes in order; True when all are saved."""
        items, self.items = self.items, []
        for i, change in enumerate(items):
            try:
                change.save()
            except OSError as exc:
                self._keep(items[i:], exc)
                return False
            except (KeyError, ValueError):
                continue  # its highlight has gone since: nothing left to change
        self._update()
        if self.box is not None:
            self.box.close()
        return True

    def export(self, path: Path | None = None) -> Path | None:
        """Write the kept changes to ``path`` (asked for if None): JSON or Markdown."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                tr("Export Unsaved Changes"),
                "yomu-unsaved.md",
                "Markdown (*.md);;JSON (*.json)",
            )
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() == ".json":
            text = json.dumps(
                [c.record() for c in self.items], ensure_ascii=False, indent=2
            )
        else:
            text = as_markdown(self.items)
        try:
            write_export(path, text)
        except OSError as exc:
            plain.warn(
                self.window, tr("Export failed"), f"{path}: {exc.strerror or exc}"
            )
            return None
        return path

    def confirm_close(self) -> bool:
        """Whether the window may close: nothing is unsaved, or the reader exported
        it (or chose to close without it)."""
        if not self.items or self.retry():
            return True
        box = plain.message_box(self.window, tr("Changes not saved"), self.message())
        box.setStandardButtons(
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        export = box.addButton(tr("Export…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(export)
        box.exec()
        if box.clickedButton() is export:
            return self.export() is not None
        return box.clickedButton() is box.button(QMessageBox.StandardButton.Discard)

    def _keep(self, changes: list[Unsaved], exc: OSError) -> None:
        self.items = [*changes, *self.items]
        self.reason = exc.strerror or str(exc)
        self._update()
        self.show_message()

    def _update(self) -> None:
        count = len(self.items)
        self.button.setText(tr("Not saved: {count}…").format(count=count))
        self.button.setVisible(bool(count))
        self.changed.emit()

    def message(self) -> str:
        return tr(
            "Yomu could not save {count} change(s): {reason}.\n\n"
            "They are kept in this window. Make room and choose Retry, or export "
            "them to a file."
        ).format(count=len(self.items), reason=self.reason)

    def show_message(self) -> None:
        """The (non-blocking) message with Retry, Export… and Close."""
        if self.box is None:
            box = plain.message_box(self.window, tr("Changes not saved"), "")
            box.setStandardButtons(
                QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close
            )
            self.export_button = box.addButton(
                tr("Export…"), QMessageBox.ButtonRole.ActionRole
            )
            box.buttonClicked.connect(self._clicked)
            self.box = box
        self.box.setText(self.message())
        self.box.open()

    def _clicked(self, button: Any) -> None:
        # Run once the box has closed: a retry that fails opens it again.
        assert self.box is not None
        if button is self.export_button:
            QTimer.singleShot(0, self.export)
        elif self.box.standardButton(button) == QMessageBox.StandardButton.Retry:
            QTimer.singleShot(0, self.retry)
