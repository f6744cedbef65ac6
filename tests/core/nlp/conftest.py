"""One tagger for the directive and entity tests of this folder: building it loads the lexicons, and tagging
keeps no state between articles."""

from __future__ import annotations

import pytest

from gui.core.tagging import Tagger


@pytest.fixture(scope="session")
def tagger() -> Tagger:
    return Tagger()
