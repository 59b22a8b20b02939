"""Tests of `snippets/q03_small_tabular.py`."""

import numpy as np
import pytest

from snippets import q03_small_tabular as q


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
    x, y = q.make_table(2000, rng, flip=0.0)
    tree = q.fit_tree(x, y)
    x_test, y_test = q.make_table(2000, rng, flip=0.0)
    assert np.mean(q.tree_predict(tree, x_test) == y_test) > 0.97


def test_tree_respects_depth_and_leaf_size():
    rng = np.random.default_rng(2)
    x, y = q.make_table(300, rng)

    def depth(node):
        return 0 if isinstance(node, float) else 1 + max(depth(node[2]), depth(node[3]))

    assert depth(q.fit_tree(x, y, depth=2)) <= 2
    assert q.fit_tree(x, y, depth=0) == float(y.mean())


def test_label_noise_rate():
    rng = np.random.default_rng(3)
    x, y = q.make_table(20000, rng, flip=0.1)
    rule = ((x[:, 0] > 0.3) & (x[:, 1] < 0.5)) | (x[:, 2] > 1.0)
    assert abs(np.mean(y != rule) - 0.1) < 0.01


def test_logistic_and_mlp_fit_a_linearly_separable_table():
    rng = np.random.default_rng(4)
    x = rng.normal(size=(300, 5))
    y = (x[:, 0] - x[:, 1] > 0).astype(float)
    assert np.mean(q.fit_logistic(x, y)(x) == y) > 0.95
    assert np.mean(q.fit_mlp(x, y, rng)(x) == y) > 0.95


def test_cross_validation_scores_every_model_on_every_fold():
    rng = np.random.default_rng(5)
    x, y = q.make_table(100, rng)
    scores = q.cross_validate(x, y, rng, folds=5)
    assert set(scores) == {"tree", "logistic", "MLP"}
    for s in scores.values():
        assert s.shape == (5,)
        assert np.all((0 <= s) & (s <= 1))


def test_oblique_rule_definition():
    rng = np.random.default_rng(7)
    x, y = q.make_table(5000, rng, flip=0.0, rule="oblique")
    np.testing.assert_array_equal(y == 1, x[:, 0] + x[:, 1] - x[:, 2] > 0.3)
    with pytest.raises(KeyError):
        q.make_table(10, rng, rule="diagonal")


def test_compare_returns_one_score_per_table_and_is_reproducible():
    first = q.compare("oblique", 60, range(2))
    second = q.compare("oblique", 60, range(2))
    assert set(first) == {"tree", "logistic", "MLP"}
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
