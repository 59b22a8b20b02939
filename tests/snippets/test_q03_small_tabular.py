"""Tests of `snippets/q03_small_tabular.py`."""

import numpy as np
import pytest

from snippets import q03_small_tabular as q
from snippets.nn.gradcheck import check_gradient


def test_best_split_finds_the_informative_column_and_threshold():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 4))
    y = (x[:, 2] > 0.4).astype(float)
    j, t = q.best_split(x, y, min_leaf=5)
    assert j == 2
    assert abs(t - 0.4) < 0.1


def test_best_split_returns_none_for_a_pure_node_or_too_few_rows():
    x = np.arange(6.0)[:, None]
    assert q.best_split(x, np.ones(6), min_leaf=1) is None
    assert q.best_split(x, np.array([0, 1, 0, 1, 0, 1.0]), min_leaf=4) is None


def test_tree_recovers_the_noiseless_rule():
    rng = np.random.default_rng(1)
    x, y = q.make_table(2000, rng, "axis-aligned", flip=0.0)
    tree = q.fit_tree(x, y)
    x_test, y_test = q.make_table(2000, rng, "axis-aligned", flip=0.0)
    assert np.mean(q.tree_predict(tree, x_test) == y_test) > 0.97


def test_tree_respects_depth_and_leaf_size():
    rng = np.random.default_rng(2)
    x, y = q.make_table(300, rng, "axis-aligned")

    def depth(node):
        return 0 if isinstance(node, float) else 1 + max(depth(node[2]), depth(node[3]))

    def leaves(node, x):
        if isinstance(node, float):
            return [len(x)]
        j, t, left, right = node
        return leaves(left, x[x[:, j] <= t]) + leaves(right, x[x[:, j] > t])

    assert depth(q.fit_tree(x, y, depth=2)) <= 2
    assert q.fit_tree(x, y, depth=0) == float(y.mean())
    assert min(leaves(q.fit_tree(x, y, min_leaf=20), x)) >= 20


def test_label_noise_rate_and_rules():
    rng = np.random.default_rng(3)
    x, y = q.make_table(20000, rng, "axis-aligned", flip=0.1)
    rule = ((x[:, 0] > 0.3) & (x[:, 1] < 0.5)) | (x[:, 2] > 1.0)
    assert abs(np.mean(y != rule) - 0.1) < 0.01
    x, y = q.make_table(5000, rng, "oblique", flip=0.0)
    np.testing.assert_array_equal(y == 1, x[:, 0] + x[:, 1] - x[:, 2] > 0.3)
    with pytest.raises(KeyError):
        q.make_table(10, rng, "diagonal")


@pytest.mark.parametrize("model", ["logistic", "MLP"])
def test_one_step_of_fit_is_minus_lr_times_the_gradient_of_loss_plus_l2(model):
    rng = np.random.default_rng(4)
    x, y = rng.normal(size=(25, 3)), (rng.uniform(size=25) < 0.5).astype(float)
    if model == "logistic":
        params, forward, backward = [rng.normal(size=(3, 1)), np.array([0.2])], *q.LINEAR
    else:
        net = [rng.normal(size=(3, 4)), rng.normal(size=4), rng.normal(size=(4, 1))]
        params, forward, backward = [*net, np.array([0.2])], q.mlp_forward, q.mlp_backward
    before = [p.copy() for p in params]
    lr, decay = 0.3, 0.01
    q.fit(x, y, params, forward, backward, steps=1, lr=lr, decay=decay)
    for i, (old, new) in enumerate(zip(before, params, strict=True)):

        def objective(value, i=i):
            z = forward(x, *[value if j == i else p for j, p in enumerate(before)])[0][:, 0]
            return float(np.mean(np.logaddexp(0.0, z) - y * z)) + 0.5 * decay * np.sum(value**2)

        check_gradient(objective, (old - new) / lr, old)


def test_logistic_and_mlp_fit_a_linearly_separable_table():
    rng = np.random.default_rng(4)
    x = rng.normal(size=(300, 5))
    y = (x[:, 0] - x[:, 1] > 0).astype(float)
    logistic = q.fit(x, y, [np.zeros((5, 1)), np.zeros(1)], *q.LINEAR)
    net = [rng.normal(0, 0.3, (5, 16)), np.zeros(16), rng.normal(0, 0.25, (16, 1)), np.zeros(1)]
    mlp = q.fit(x, y, net, q.mlp_forward, q.mlp_backward)
    assert np.mean(logistic(x) == y) > 0.95
    assert np.mean(mlp(x) == y) > 0.95


def test_standardisation_uses_the_training_part_only():
    x = np.array([[0.0, 5.0], [2.0, 5.0]])
    mean, std = q.standardise_fit(x)
    np.testing.assert_array_equal(q.standardise_apply(np.array([[4.0, 5.0]]), mean, std), [[3, 0]])


def test_cross_validation_scores_every_model_and_compare_is_reproducible():
    rng = np.random.default_rng(5)
    scores = q.cross_validate(*q.make_table(100, rng, "oblique"), rng, folds=5)
    assert set(scores) == {"tree", "logistic", "MLP"}
    assert all(0 <= s <= 1 for s in scores.values())
    first, second = q.compare("oblique", 60, range(2)), q.compare("oblique", 60, range(2))
    for name in first:
        assert first[name].shape == (2,)
        np.testing.assert_array_equal(first[name], second[name])


def test_the_central_claim_the_matching_bias_wins():
    # axis-aligned thresholds: the tree's bias matches, it beats both smooth models
    axis = {k: v.mean() for k, v in q.compare("axis-aligned", 300, range(3)).items()}
    assert axis["tree"] > axis["MLP"] + 0.05
    assert axis["tree"] > axis["logistic"] + 0.05
    # an oblique threshold: the linear model's bias matches, and the tree comes last
    oblique = {k: v.mean() for k, v in q.compare("oblique", 300, range(3)).items()}
    assert oblique["logistic"] > oblique["tree"] + 0.05
    assert oblique["MLP"] > oblique["tree"]
