"""Byte-pair encoding learned from a small corpus: merges, tokens against words, numbers."""

import re
from collections import Counter

END = "</w>"  # end-of-word marker (Sennrich et al., 2016): "est</w>" ends a word, "est" does not


def learn_bpe(word_counts, n_merges):
    """The first ``n_merges`` merges ``[((left, right), count), ...]`` learned from word counts."""
    vocab = {tuple(w[:-1]) + (w[-1] + END,): n for w, n in word_counts.items()}
    merges = []
    for _ in range(n_merges):
        pairs = Counter()
        for symbols, n in vocab.items():
            for pair in zip(symbols, symbols[1:], strict=False):
                pairs[pair] += n
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))  # most frequent; ties alphabetically
        merges.append((best, pairs[best]))
        vocab = {merge_symbols(s, best): n for s, n in vocab.items()}
    return merges


def merge_symbols(symbols, pair):
    """``symbols`` (a tuple of strings) with every adjacent occurrence of ``pair`` joined."""
    out, i = [], 0
    while i < len(symbols):
        if i + 1 < len(symbols) and (symbols[i], symbols[i + 1]) == pair:
            out.append(symbols[i] + symbols[i + 1])
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return tuple(out)


def tokenise(word, merges):
    """Subword tokens of ``word``: its characters, then the learned merges in the order learned."""
    symbols = tuple(word[:-1]) + (word[-1] + END,)
    for pair, _ in merges:
        symbols = merge_symbols(symbols, pair)
    return list(symbols)


def main():
    print("Part 1: the example of Sennrich et al. (2016), 10 merges")
    counts = {"low": 5, "lower": 2, "newest": 6, "widest": 3}
    merges = learn_bpe(counts, 10)
    for i, ((left, right), n) in enumerate(merges, 1):
        print(f"  merge {i:2d}: {left + ' + ' + right:<16} -> {left + right:<10} ({n} times)")
    for word in ["lowest", "newer", "wider", "slow"]:
        print(f"  {word:<7} (not in the corpus) -> {' '.join(tokenise(word, merges))}")

    print("\nPart 2: tokens against words on a short text")
    text = (
        "the model reads the text as tokens and the tokens are looked up in a table of "
        "embeddings . the table has one row per token and the rows are learned with the "
        "model . a rare word is split into pieces that the model has seen , and a common "
        "word is one token . in 1990 the price was 1999 dollars ; in 1998 it was 2000 "
        "dollars and in 2001 it was 1990 dollars . tokenisation decides how long the text "
        "is , and the cost of a model grows with the number of tokens it reads ."
    )
    words = text.split()
    word_counts = Counter(words)
    chars = sum(len(w) for w in words)
    print(f"  {len(words)} words, {chars} characters, {len(word_counts)} distinct words")
    print("  merges  vocabulary  tokens  tokens per word")
    base = {c for w in words for c in w[:-1]} | {w[-1] + END for w in words}
    # 200 asks for more merges than there are: learning stops at 125, every word one symbol.
    for n in [0, 25, 50, 100, 200]:
        merges = learn_bpe(word_counts, n)
        n_tokens = sum(len(tokenise(w, merges)) for w in words)
        size = len(base) + len(merges)
        print(f"  {len(merges):6d}  {size:10d}  {n_tokens:6d}  {n_tokens / len(words):15.2f}")

    print("\nPart 3: how the 50-merge tokeniser splits numbers")
    merges = learn_bpe(word_counts, 50)
    for number in ["1990", "1999", "1998", "2000", "2001", "1991", "2024", "199900"]:
        pieces = [p.replace(END, "") for p in tokenise(number, merges)]
        print(f"  {number:>6} -> {' | '.join(pieces)}")
    digits = [len(re.findall(r"\d", p)) for p in tokenise("199900", merges)]
    print(f"  digits per token in 199900: {digits}")

    print("\nPart 4: parameters of the embedding tables, vocabulary 50,000, width 768")
    V, d = 50_000, 768
    print(f"  input embedding V x d:            {V * d:>11,}")
    print(f"  untied output layer adds V x d:   {V * d:>11,}  (total {2 * V * d:,})")
    print(f"  tied (logits = h @ E.T) adds:     {0:>11,}  (total {V * d:,})")


if __name__ == "__main__":
    main()
