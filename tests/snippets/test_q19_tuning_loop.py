"""Unit tests of snippets/q19_tuning_loop.py."""

import numpy as np
import pytest

from snippets import q19_tuning_loop as m
from snippets.nn.gradcheck import check_gradient


@pytest.mark.parametrize("lam", [1e-3, 0.5, 20.0])
def test_ridge_fit_zeroes_the_gradient_of_its_objective(lam):
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(15, 4)), rng.normal(size=15)
    w = m.ridge_fit(X, y, lam)
    objective = lambda v: m.linear_mse(v, X, y) + lam * float(v @ v)  # noqa: E731
    check_gradient(objective, np.zeros(4), w, atol=1e-7)


def test_training_error_prefers_the_weakest_regularisation():
    rng = np.random.default_rng(1)
    X, y = rng.normal(size=(20, 10)), rng.normal(size=20)
    errors = [m.linear_mse(m.ridge_fit(X, y, lam), X, y) for lam in [1e-4, 1e-2, 1.0, 100.0]]
    assert errors == sorted(errors)


def test_the_choices_printed():
    out = m.__dict__["results"]
    assert len(out) == 20
    by_val = min(out, key=lambda r: r[2])
    by_train = min(out, key=lambda r: r[1])
    assert by_train[0] == min(r[0] for r in out)  # the smallest lam on offer
    assert by_val[0] > 100 * by_train[0]
