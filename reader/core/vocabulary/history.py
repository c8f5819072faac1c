"""Undo and redo of vocabulary changes: each change is the entries before and after."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.vocabulary.model import VocabEntry

MAX_STEPS = 1000


@dataclass(frozen=True, slots=True)
class Step:
    """One entry's state before and after a change (None: did not exist)."""

    before: VocabEntry | None
    after: VocabEntry | None

    @property
    def id(self) -> str:
        """The id of the entry this step is about."""
        state = self.after if self.after is not None else self.before
        assert state is not None, "a step changes something"
        return state.id


Change = tuple[Step, ...]


def inverse(change: Change) -> Change:
    """The change that undoes ``change``."""
    return tuple(Step(s.after, s.before) for s in reversed(change))


class History:
    """What can be undone and what can be redone, for one session."""

    def __init__(self, limit: int = MAX_STEPS) -> None:
        self._undo: list[Change] = []
        self._redo: list[Change] = []
        self._limit = limit

    @property
    def can_undo(self) -> bool:
        """Whether there is a change to undo."""
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        """Whether there is an undone change to redo."""
        return bool(self._redo)

    def record(self, change: Change) -> None:
        """Remember a new change; the redo stack is dropped."""
        self._undo.append(change)
        del self._undo[: -self._limit]
        self._redo.clear()

    def peek_undo(self) -> Change | None:
        """The change an undo would apply (already inverted)."""
        return inverse(self._undo[-1]) if self._undo else None

    def peek_redo(self) -> Change | None:
        """The change a redo would apply."""
        return self._redo[-1] if self._redo else None

    def commit_undo(self) -> None:
        """The undo was saved: move it to the redo stack."""
        self._redo.append(self._undo.pop())

    def commit_redo(self) -> None:
        """The redo was saved: move it back to the undo stack."""
        self._undo.append(self._redo.pop())
