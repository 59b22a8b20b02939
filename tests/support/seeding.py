"""A random generator per test, seeded from the test's id: the data a test draws do not depend on
which other tests ran before it in the same process (pytest-xdist hands tests to workers in a
different order on every run)."""

import zlib

import numpy as np
import pytest


@pytest.fixture
def rng(request) -> np.random.Generator:
    """``numpy.random.default_rng`` seeded with the CRC-32 of the test's node id."""
    return np.random.default_rng(zlib.crc32(request.node.nodeid.encode()))
