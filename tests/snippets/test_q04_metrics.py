"""Tests of `snippets/q04_metrics.py`."""

import itertools

import numpy as np
import pytest

from snippets import q04_metrics as q


def test_top_k_accuracy_by_hand():
    scores = np.array([[0.1, 0.6, 0.3], [0.5, 0.2, 0.3], [0.2, 0.3, 0.5]])
    labels = np.array([1, 2, 0])
    assert q.top_k_accuracy(scores, labels, 1) == pytest.approx(1 / 3)
    assert q.top_k_accuracy(scores, labels, 2) == pytest.approx(2 / 3)
    assert q.top_k_accuracy(scores, labels, 3) == 1.0  # k = number of classes: always right


def test_top_k_accuracy_never_decreases_with_k():
    rng = np.random.default_rng(0)
    scores, labels = rng.normal(size=(50, 6)), rng.integers(0, 6, size=50)
    accs = [q.top_k_accuracy(scores, labels, k) for k in range(1, 7)]
    assert all(a <= b for a, b in itertools.pairwise(accs)) and accs[-1] == 1.0


def test_box_iou_special_cases():
    box = (0, 0, 10, 10)
    assert q.box_iou(box, box) == 1.0
    assert q.box_iou(box, (10, 0, 20, 10)) == 0.0  # touching edges
    assert q.box_iou(box, (20, 20, 30, 30)) == 0.0  # far apart
    assert q.box_iou(box, (0, 0, 5, 10)) == pytest.approx(0.5)  # contained: area ratio
    assert q.box_iou(box, (1, 1, 11, 11)) == pytest.approx(81 / 119)
    assert q.box_iou(box, (5, 5, 15, 15)) == pytest.approx(25 / 175)


def test_box_iou_is_symmetric_and_in_unit_interval():
    rng = np.random.default_rng(1)
    for _ in range(100):
        a, b = (np.sort(rng.uniform(0, 10, size=(2, 2)), axis=0).T.ravel() for _ in range(2))
        a, b = (a[0], a[2], a[1], a[3]), (b[0], b[2], b[1], b[3])
        assert q.box_iou(a, b) == pytest.approx(q.box_iou(b, a))
        assert 0.0 <= q.box_iou(a, b) <= 1.0


def _edit_distance(r, h):
    """Recursive Levenshtein distance over word lists, the definition itself."""
    if not r or not h:
        return len(r) + len(h)
    return min(
        _edit_distance(r[1:], h) + 1,
        _edit_distance(r, h[1:]) + 1,
        _edit_distance(r[1:], h[1:]) + (r[0] != h[0]),
    )


def test_word_error_rate_cases():
    assert q.word_error_rate("a b c", "a b c") == 0.0
    assert q.word_error_rate("a b c", "") == 1.0  # every word deleted
    assert q.word_error_rate("a", "a b c") == 2.0  # insertions push WER above 1
    assert q.word_error_rate("the cat sat on the mat", "the cat sit on mat") == pytest.approx(2 / 6)


def test_word_error_rate_matches_the_recursive_definition():
    rng = np.random.default_rng(2)
    words = ["a", "b", "c"]
    for _ in range(200):
        r = list(rng.choice(words, size=rng.integers(1, 6)))
        h = list(rng.choice(words, size=rng.integers(0, 6)))
        expected = _edit_distance(r, h) / len(r)
        assert q.word_error_rate(" ".join(r), " ".join(h)) == pytest.approx(expected)


def test_main_prints_the_page_numbers(capsys):
    q.main()
    out = capsys.readouterr().out
    assert "top-1 0.50, top-2 1.00" in out and "0.681" in out and "0.143" in out
    assert "WER 0.333" in out


def test_word_error_rate_can_exceed_one_with_insertions():
    assert q.word_error_rate("no", "no no no") == 2.0


def test_top_k_ties_go_to_the_lower_class_index():
    scores = np.array([[0.5, 0.5, 0.0]])
    assert q.top_k_accuracy(scores, np.array([0]), 1) == 1.0
    assert q.top_k_accuracy(scores, np.array([1]), 1) == 0.0
