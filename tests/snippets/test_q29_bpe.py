"""Unit tests of snippets/q29_bpe.py."""

from collections import Counter

from snippets import q29_bpe as m

EXAMPLE = {"low": 5, "lower": 2, "newest": 6, "widest": 3}


def test_the_first_merges_of_the_papers_example():
    merges = m.learn_bpe(EXAMPLE, 3)
    assert merges == [(("e", "s"), 9), (("es", "t" + m.END), 9), (("l", "o"), 7)]


def test_tokens_always_spell_the_word_and_training_words_end_as_one_token():
    merges = m.learn_bpe(EXAMPLE, 100)
    for word in ["lowest", "newer", "xyz", "a", "low", "widest"]:
        assert "".join(m.tokenise(word, merges)) == word + m.END
    for word in EXAMPLE:
        assert m.tokenise(word, merges) == [word + m.END]


def test_counts_of_merges_never_increase():
    words = Counter("the cat sat on the mat and the cat ate the rat".split())
    counts = [n for _, n in m.learn_bpe(words, 30)]
    assert counts == sorted(counts, reverse=True)


def test_merge_symbols_joins_every_non_overlapping_occurrence():
    assert m.merge_symbols(("a", "a", "a", "a"), ("a", "a")) == ("aa", "aa")
    assert m.merge_symbols(("a", "b", "a"), ("b", "c")) == ("a", "b", "a")
