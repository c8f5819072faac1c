"""One look-up for the module: the dictionary and analyzer open once."""

from __future__ import annotations

import pytest

from reader.core.lookup import Lookup


@pytest.fixture(scope="session")
def lookup() -> Lookup:
    """A look-up on the installed dictionary, with the analyzer."""
    return Lookup()


@pytest.fixture(scope="session")
def rules_only() -> Lookup:
    """A look-up without the analyzer: longest match and de-inflection alone."""
    return Lookup(analyzer=lambda: None)
