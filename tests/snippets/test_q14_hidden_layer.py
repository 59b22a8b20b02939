"""Unit tests of snippets/q14_hidden_layer.py."""

import numpy as np

from snippets import q14_hidden_layer as m


def test_the_hand_set_threshold_network_computes_xor():
    out, hidden = m.threshold_network(m.X_XOR)
    np.testing.assert_array_equal(out, m.Y_XOR)
    # Hidden unit 1 is OR, hidden unit 2 is NAND.
    np.testing.assert_array_equal(hidden[:, 0], [0, 1, 1, 1])
    np.testing.assert_array_equal(hidden[:, 1], [1, 1, 1, 0])


def test_hidden_codes_are_separable_and_raw_inputs_are_not():
    _, hidden = m.threshold_network(m.X_XOR)
    assert m.perceptron_mistakes(hidden, m.Y_XOR)[-1] == 0
    raw = m.perceptron_mistakes(m.X_XOR, m.Y_XOR, max_epochs=50)
    assert len(raw) == 50 and min(raw) > 0


def test_step_network_error_is_piecewise_constant():
    theta = np.concatenate([m.W1.ravel(), m.B1, m.W2, [m.B2]])
    assert m.squared_error(theta) == 0.0
    for e in np.eye(9):
        assert m.squared_error(theta + 1e-3 * e) == m.squared_error(theta - 1e-3 * e) == 0.0


def test_step_is_zero_at_zero():
    np.testing.assert_array_equal(m.step(np.array([-1e-9, 0.0, 1e-9])), [0.0, 0.0, 1.0])
