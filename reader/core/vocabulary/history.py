"""Undo and redo of vocabulary changes (the mechanism is in ``reader.core.changes``)."""

from __future__ import annotations

from typing import TypeAlias

from reader.core import changes
from reader.core.vocabulary.model import VocabEntry

Step: TypeAlias = changes.Step[VocabEntry]
Change: TypeAlias = tuple[Step, ...]
History: TypeAlias = changes.History[VocabEntry]
