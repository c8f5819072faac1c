"""Changes to a store of records with ids: undo and redo, and the listeners told.

Every change (add, edit, delete, an import) is recorded as the states of the records
it touched before and after, so undoing is applying the "before" states and redoing
is applying the "after" states: one mechanism for every kind of change, shared by the
annotation and vocabulary stores. Listeners hear of each saved change; one that
fails does not stop the others.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeAlias, TypeVar

MAX_STEPS = 1000  # a session's worth; the oldest steps are forgotten first


class Record(Protocol):
    """What a step can be about: a record with an id."""

    @property
    def id(self) -> str:
        """The record's id."""
        ...


R = TypeVar("R", bound=Record)
E = TypeVar("E")

log = logging.getLogger(__name__)


# No slots: a slotted dataclass cannot also be Generic on Python 3.11.
@dataclass(frozen=True)
class Step(Generic[R]):
    """One record's state before and after a change (None: did not exist)."""

    before: R | None
    after: R | None

    @property
    def id(self) -> str:
        """The id of the record this step is about."""
        state = self.after if self.after is not None else self.before
        assert state is not None, "a step changes something"
        return state.id


Change: TypeAlias = tuple[Step[R], ...]


def inverse(change: Change[R]) -> Change[R]:
    """The change that undoes ``change``."""
    return tuple(Step(s.after, s.before) for s in reversed(change))


class History(Generic[R]):
    """Two stacks of changes: what can be undone and what can be redone."""

    def __init__(self, limit: int = MAX_STEPS) -> None:
        self._undo: list[Change[R]] = []
        self._redo: list[Change[R]] = []
        self._limit = limit

    @property
    def can_undo(self) -> bool:
        """Whether there is a change to undo."""
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        """Whether there is an undone change to redo."""
        return bool(self._redo)

    def record(self, change: Change[R]) -> None:
        """Remember a new change; it makes the redo stack meaningless."""
        self._undo.append(change)
        del self._undo[: -self._limit]
        self._redo.clear()

    def peek_undo(self) -> Change[R] | None:
        """The change the next undo would apply (already inverted), if any."""
        return inverse(self._undo[-1]) if self._undo else None

    def peek_redo(self) -> Change[R] | None:
        """The change the next redo would apply, if any."""
        return self._redo[-1] if self._redo else None

    def commit_undo(self) -> None:
        """The undo from ``peek_undo`` was saved: move it to the redo stack."""
        self._redo.append(self._undo.pop())

    def commit_redo(self) -> None:
        """The redo from ``peek_redo`` was saved: move it back to the undo stack."""
        self._undo.append(self._redo.pop())

    def clear(self) -> None:
        """Forget everything (e.g. after the data were replaced wholesale)."""
        self._undo.clear()
        self._redo.clear()


class Listeners(Generic[E]):
    """Callbacks told of saved changes (events of type ``E``)."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[E], None]] = []

    def subscribe(self, callback: Callable[[E], None]) -> Callable[[], None]:
        """Add ``callback``; returns a function that removes it again."""
        self._callbacks.append(callback)
        return lambda: self._callbacks.remove(callback)

    def notify(self, event: E) -> None:
        """Call every callback with ``event`` (a copy of the list: they may leave)."""
        for listener in list(self._callbacks):
            try:
                listener(event)
            except Exception:  # one broken view must not stop the others
                log.exception("store listener failed")


class Undoable(Generic[R, E]):
    """Undo, redo and listeners for a store of records, on one ``_change`` path.

    A store keeps ``_history`` and ``_listeners`` and writes every change through
    ``_change``: undoing applies the recorded "before" states through the same
    path (and the same safe write) as any other change.
    """

    _history: History[R]
    _listeners: Listeners[E]

    def _change(self, change: Change[R], *, record: bool = True) -> None:
        raise NotImplementedError

    @property
    def can_undo(self) -> bool:
        """Whether ``undo`` would do something."""
        return self._history.can_undo

    @property
    def can_redo(self) -> bool:
        """Whether ``redo`` would do something."""
        return self._history.can_redo

    def undo(self) -> bool:
        """Undo the last change; False if there was none."""
        change = self._history.peek_undo()
        if change is None:
            return False
        self._change(change, record=False)
        self._history.commit_undo()
        return True

    def redo(self) -> bool:
        """Redo the last undone change; False if there was none."""
        change = self._history.peek_redo()
        if change is None:
            return False
        self._change(change, record=False)
        self._history.commit_redo()
        return True

    def subscribe(self, callback: Callable[[E], None]) -> Callable[[], None]:
        """Call ``callback`` after each saved change; returns a function to stop."""
        return self._listeners.subscribe(callback)
