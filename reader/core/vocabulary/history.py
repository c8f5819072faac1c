"""Undo and redo of vocabulary changes (the mechanism is in ``reader.core.undo``)."""

from __future__ import annotations

from typing import TypeAlias

from reader.core import undo
from reader.core.vocabulary.model import VocabEntry

Step: TypeAlias = undo.Step[VocabEntry]
Change: TypeAlias = tuple[Step, ...]
History: TypeAlias = undo.History[VocabEntry]
