"""What the vocabulary store tells its listeners after each saved change.

A ``VocabEvent`` names the kind of change, the entries it touched and, for an
update of one entry, the fields that changed, so a view updates just those rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import TypeAlias

from reader.core import changes
from reader.core.annotations.events import EventKind
from reader.core.vocabulary.history import Change


@dataclass(frozen=True, slots=True)
class VocabEvent:
    """A saved change.

    Attributes:
        kind: added / updated / removed (one entry) or reset (several at once: an
            import, or undoing one).
        entry_ids: the entries touched.
        changed: for an update, the names of the fields that changed.
    """

    kind: EventKind
    entry_ids: tuple[str, ...]
    changed: frozenset[str] = frozenset()


Listener = Callable[[VocabEvent], None]


def event_for(change: Change) -> VocabEvent:
    """The event that reports ``change``."""
    ids = tuple(step.id for step in change)
    if len(change) != 1:
        return VocabEvent(EventKind.RESET, ids)
    step = change[0]
    if step.before is None:
        return VocabEvent(EventKind.ADDED, ids)
    if step.after is None:
        return VocabEvent(EventKind.REMOVED, ids)
    changed = frozenset(
        f.name
        for f in fields(step.after)
        if getattr(step.before, f.name) != getattr(step.after, f.name)
    )
    return VocabEvent(EventKind.UPDATED, ids, changed)


Listeners: TypeAlias = changes.Listeners[VocabEvent]
