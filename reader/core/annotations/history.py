"""Undo and redo of annotation changes (the mechanism is in ``reader.core.undo``)."""

from __future__ import annotations

from typing import TypeAlias

from reader.core import undo
from reader.core.annotations.model import Annotation

Step: TypeAlias = undo.Step[Annotation]
Change: TypeAlias = tuple[Step, ...]
History: TypeAlias = undo.History[Annotation]
inverse = undo.inverse
