"""Shared fixtures of the readings tests."""

from __future__ import annotations

import pytest

from reader.core.readings import ReadingEngine


@pytest.fixture(scope="module")
def engine() -> ReadingEngine:
    """An engine with the bundled corrections."""
    return ReadingEngine()
