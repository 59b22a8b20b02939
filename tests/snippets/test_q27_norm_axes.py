"""Unit tests of snippets/q27_norm_axes.py (the core program)."""

import numpy as np

from snippets import q27_norm_axes as m


def test_batch_norm_standardises_columns_and_layer_norm_rows():
    np.testing.assert_allclose(m.B.mean(axis=0), 0.0, atol=1e-12)
    np.testing.assert_allclose(m.B.std(axis=0), 1.0, rtol=1e-5)
    np.testing.assert_allclose(m.L.mean(axis=1), 0.0, atol=1e-12)
    np.testing.assert_allclose(m.L.std(axis=1), 1.0, rtol=1e-4)  # eps = 1e-5


def test_rms_norm_sets_the_root_mean_square_not_the_mean():
    np.testing.assert_allclose(np.sqrt(np.mean(m.R**2, axis=1)), 1.0, rtol=1e-6)
    assert np.all(m.R.mean(axis=1) > 0.5)  # the data's mean of 3 survives


def test_rms_norm_equals_layer_norm_on_centred_rows():
    Xc = m.X - m.X.mean(axis=1, keepdims=True)
    R = m.rms_norm_forward(Xc, 1.0, eps=0.0)[0]
    L = m.layer_norm_forward(Xc, 1.0, 0.0, eps=0.0)[0]
    np.testing.assert_allclose(R, L, rtol=1e-12, atol=1e-12)


def test_only_batch_norm_depends_on_the_other_examples():
    B2 = m.batch_norm_forward(m.X_mates, 1.0, 0.0)[0]
    L2 = m.layer_norm_forward(m.X_mates, 1.0, 0.0)[0]
    assert not np.allclose(B2[0], m.B[0])
    np.testing.assert_array_equal(L2[0], m.L[0])


def test_gamma_and_beta_scale_and_shift_the_normalised_values():
    gamma, beta = np.array([2.0, 0.5, -1.0]), np.array([1.0, 0.0, 3.0])
    Y = m.layer_norm_forward(m.X, gamma, beta)[0]
    np.testing.assert_allclose(Y, gamma * m.L + beta, rtol=1e-12)
