"""Unit tests of snippets/q24_orthogonal_residual.py."""

import numpy as np
import pytest

from snippets import q24_orthogonal_residual as m


def test_orthogonal_is_orthogonal():
    Q = m.orthogonal(16, np.random.default_rng(0))
    np.testing.assert_allclose(Q @ Q.T, np.eye(16), atol=1e-12)


def test_products_of_orthogonal_matrices_keep_every_norm():
    rng = np.random.default_rng(1)
    assert m.norm_spread([m.orthogonal(8, rng) for _ in range(30)], rng) == pytest.approx(1.0)


def test_zero_branch_is_the_identity_and_scaling_bounds_the_growth():
    first, last = m.residual_rms(20, 0.0, np.random.default_rng(2), shown=(1, 20))
    assert first == last
    unscaled = m.residual_rms(20, 1.0, np.random.default_rng(3), shown=(20,))[0]
    scaled = m.residual_rms(20, 20**-0.5, np.random.default_rng(3), shown=(20,))[0]
    assert unscaled > 100 and scaled < 3
