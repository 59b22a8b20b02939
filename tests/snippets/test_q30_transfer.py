"""Unit tests of snippets/q30_transfer.py (feature extraction, fine-tuning, forgetting)."""

import numpy as np

from snippets import q30_transfer as m


def _params(rng, d=4, h=3, k=2):
    return m.new_layer(d, h, rng) + m.new_layer(h, k, rng)


def test_frozen_body_is_not_changed_by_training(rng):
    p = _params(rng)
    X, y = rng.normal(size=(20, 4)), rng.integers(0, 2, size=20)
    q = m.train(p, X, y, 0.1, 10, body=False)
    assert np.array_equal(q[0], p[0]) and np.array_equal(q[1], p[1])
    assert not np.array_equal(q[2], p[2])


def test_train_does_not_modify_its_input(rng):
    p = _params(rng)
    before = [a.copy() for a in p]
    m.train(p, rng.normal(size=(10, 4)), rng.integers(0, 2, size=10), 0.1, 5)
    assert all(np.array_equal(a, b) for a, b in zip(p, before, strict=True))


def test_training_lowers_the_training_loss(rng):
    p = _params(rng)
    X = rng.normal(size=(50, 4))
    y = (X[:, 0] > 0).astype(int)
    q = m.train(p, X, y, 0.1, 100)
    assert m.accuracy(q, X, y) > m.accuracy(p, X, y) or m.accuracy(q, X, y) == 1.0


def test_labels_have_the_right_range():
    X = np.random.default_rng(0).normal(size=(100, m.D))
    y = m.labels(X, m.U_B, m.V_B)
    assert y.shape == (100,) and set(np.unique(y)) <= {0, 1, 2}
