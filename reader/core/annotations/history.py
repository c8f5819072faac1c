"""Undo and redo of annotation changes (the mechanism is in ``reader.core.changes``)."""

from __future__ import annotations

from typing import TypeAlias

from reader.core import changes
from reader.core.annotations.model import Annotation

Step: TypeAlias = changes.Step[Annotation]
Change: TypeAlias = tuple[Step, ...]
History: TypeAlias = changes.History[Annotation]
inverse = changes.inverse
