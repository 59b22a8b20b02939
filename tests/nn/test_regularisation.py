"""Unit tests of snippets/nn/regularisation.py: inverted dropout keeps the expectation, drops the
right fraction, and its backward pass is checked by finite differences."""

import numpy as np
import pytest

from snippets.nn.gradcheck import check_gradient
from snippets.nn.regularisation import dropout_backward, dropout_forward


@pytest.mark.parametrize("p", [0.1, 0.5, 0.9])
def test_inverted_dropout_preserves_the_expectation(p):
    x = np.linspace(-2.0, 3.0, 50)
    rng = np.random.default_rng(11)
    runs = 4000
    mean = sum(dropout_forward(x, p, rng)[0] for _ in range(runs)) / runs
    # Each y_i is x_i / (1 - p) with probability 1 - p: variance x_i**2 p / (1 - p).
    standard_error = np.abs(x) * np.sqrt(p / (1 - p) / runs)
    assert np.all(np.abs(mean - x) <= 5 * standard_error + 1e-12)


def test_mask_values_and_dropped_fraction():
    y, mask = dropout_forward(np.ones((200, 500)), 0.3, np.random.default_rng(12))
    assert set(np.unique(mask).tolist()) == {0.0, 1.0 / 0.7}
    assert abs(np.mean(mask == 0.0) - 0.3) < 5 * np.sqrt(0.3 * 0.7 / 1e5)
    np.testing.assert_array_equal(y, mask)


def test_p_zero_is_the_identity_and_p_one_is_refused():
    x = np.arange(5.0)
    y, _ = dropout_forward(x, 0.0, np.random.default_rng(13))
    np.testing.assert_array_equal(y, x)
    with pytest.raises(ValueError, match="1"):
        dropout_forward(x, 1.0, np.random.default_rng(13))


def test_dropout_backward():
    x, G = np.random.default_rng(14).normal(size=(2, 2, 3, 4))  # the loss is sum(y * G)
    mask = dropout_forward(x, 0.4, np.random.default_rng(15))[1]

    def loss(v):  # the same units dropped at every evaluation: same seed
        return float(np.sum(dropout_forward(v, 0.4, np.random.default_rng(15))[0] * G))

    check_gradient(loss, dropout_backward(G, mask), x)
