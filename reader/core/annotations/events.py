"""What the store tells its listeners after each saved change.

Signals (callbacks given to ``AnnotationStore.subscribe``) receive a ``StoreEvent``:
    added / updated / removed: one annotation, ``annotation_id`` set;
    reset: many at once (import, undoing an import), ``annotation_id`` None.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeAlias

from reader.core import changes
from reader.core.annotations.history import Change


class EventKind(StrEnum):
    """What kind of change a ``StoreEvent`` reports."""

    ADDED = "added"
    UPDATED = "updated"
    REMOVED = "removed"
    RESET = "reset"


@dataclass(frozen=True, slots=True)
class StoreEvent:
    """A saved change: its kind and the annotation (None for a reset)."""

    kind: EventKind
    annotation_id: str | None


Listener = Callable[[StoreEvent], None]


Listeners: TypeAlias = changes.Listeners[StoreEvent]


def event_for(change: Change) -> StoreEvent:
    """The event that reports ``change``: one annotation, or a reset for many."""
    if len(change) != 1:
        return StoreEvent(EventKind.RESET, None)
    step = change[0]
    if step.before is None:
        return StoreEvent(EventKind.ADDED, step.id)
    if step.after is None:
        return StoreEvent(EventKind.REMOVED, step.id)
    return StoreEvent(EventKind.UPDATED, step.id)
