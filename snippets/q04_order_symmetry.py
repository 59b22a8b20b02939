"""Sequences, sets and graphs: which architectures see order, measured on "dog bites man".

* Self-attention without positional information treats its input as a *set*: reorder the
  tokens and the outputs are reordered the same way (permutation equivariance), so a pooled
  sentence vector cannot tell "dog bites man" from "man bites dog". Adding positional encodings
  (as the Transformer does) makes order visible. So does a causal mask (each token attends only
  to itself and earlier tokens, as in language models): the first token sees one token, the
  last sees all. A recurrent network sees order by construction.
* A graph network layer treats nodes the same way: renumber the atoms of a molecule and its
  outputs are renumbered, while a summed read-out does not change at all. That is what one wants
  for molecules or social networks, where node numbering is arbitrary.
"""

import numpy as np


def softmax(z):
    """Softmax along the last axis, stabilised by subtracting the row maximum."""
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def self_attention(x, wq, wk, wv, causal=False):
    """Single-head scaled dot-product self-attention, ``softmax(Q K^T / sqrt(d_k)) V``.

    Parameters
    ----------
    x : ndarray, shape (tokens, d)
    wq, wk, wv : ndarray, shape (d, d_k)
    causal : bool
        If true, token ``i`` attends only to tokens ``0..i`` (the mask of language models).

    Returns
    -------
    ndarray, shape (tokens, d_k)
    """
    q, k, v = x @ wq, x @ wk, x @ wv
    scores = q @ k.T / np.sqrt(k.shape[1])
    if causal:
        scores = np.where(np.tril(np.ones(scores.shape, dtype=bool)), scores, -np.inf)
    return softmax(scores) @ v


def relative_distance(a, b):
    """``|a - b|`` divided by the mean of ``|a|`` and ``|b|``: 0 when equal, scale-free."""
    return float(2.0 * np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b)))


def sinusoidal_positions(tokens, d):
    """Positional encodings of the Transformer: sin and cos of position / 10000^(2i/d).

    Returns
    -------
    ndarray, shape (tokens, d)

    Examples
    --------
    >>> sinusoidal_positions(1, 4).tolist()
    [[0.0, 1.0, 0.0, 1.0]]
    """
    pos = np.arange(tokens)[:, None]
    freq = 1.0 / 10000.0 ** (np.arange(0, d, 2) / d)
    enc = np.zeros((tokens, d))
    enc[:, 0::2], enc[:, 1::2] = np.sin(pos * freq), np.cos(pos * freq)
    return enc


def rnn_final_state(x, w_in, w_rec):
    """Last hidden state of an Elman network ``h_t = tanh(x_t W_in + h_{t-1} W_rec)``, shape (d,)."""
    h = np.zeros(w_rec.shape[0])
    for x_t in x:
        h = np.tanh(x_t @ w_in + h @ w_rec)
    return h


def graph_layer(adjacency, h, w_self, w_neigh):
    """One message-passing layer ``ReLU(H W_self + A H W_neigh)``.

    Parameters
    ----------
    adjacency : ndarray, shape (nodes, nodes)
    h : ndarray, shape (nodes, d)
    w_self, w_neigh : ndarray, shape (d, d)

    Returns
    -------
    ndarray, shape (nodes, d)
    """
    return np.maximum(h @ w_self + adjacency @ h @ w_neigh, 0.0)


def main():
    rng = np.random.default_rng(0)
    d = 8
    vocab = {word: rng.normal(size=d) for word in ("dog", "bites", "man")}
    a = np.array([vocab[w] for w in ("dog", "bites", "man")])
    b = np.array([vocab[w] for w in ("man", "bites", "dog")])  # rows of a in order 2, 1, 0
    reorder = [2, 1, 0]
    wq, wk, wv = (rng.normal(size=(d, d)) / np.sqrt(d) for _ in range(3))

    print('"dog bites man" versus "man bites dog"')
    out_a, out_b = self_attention(a, wq, wk, wv), self_attention(b, wq, wk, wv)
    print(
        "  attention, no positions: outputs of B = reordered outputs of A:",
        np.allclose(out_b, out_a[reorder], rtol=0, atol=1e-12),
    )
    print("  relative distance between the two sentences' vectors (|a - b| / mean norm):")
    gap = relative_distance(out_a.mean(axis=0), out_b.mean(axis=0))
    print(f"  attention, no positions, mean-pooled:   {gap:.3f} (below 1e-12: {gap < 1e-12})")
    pe = sinusoidal_positions(3, d)
    gap = relative_distance(
        self_attention(a + pe, wq, wk, wv).mean(axis=0),
        self_attention(b + pe, wq, wk, wv).mean(axis=0),
    )
    print(f"  attention + positional encodings:       {gap:.3f}")
    gap = relative_distance(
        self_attention(a, wq, wk, wv, causal=True).mean(axis=0),
        self_attention(b, wq, wk, wv, causal=True).mean(axis=0),
    )
    print(f"  causal attention, no positions:         {gap:.3f}")
    w_in, w_rec = rng.normal(size=(d, d)) / np.sqrt(d), rng.normal(size=(d, d)) / np.sqrt(d)
    gap = relative_distance(rnn_final_state(a, w_in, w_rec), rnn_final_state(b, w_in, w_rec))
    print(f"  recurrent network, final state:         {gap:.3f}")

    print("a 5-atom ring molecule, atoms renumbered by a random permutation")
    adjacency = np.roll(np.eye(5), 1, axis=1) + np.roll(np.eye(5), -1, axis=1)
    features = rng.normal(size=(5, d))
    w_self, w_neigh = rng.normal(size=(d, d)) / np.sqrt(d), rng.normal(size=(d, d)) / np.sqrt(d)
    perm = rng.permutation(5)
    p = np.eye(5)[perm]  # permutation matrix: (P H)[i] = H[perm[i]]
    out = graph_layer(adjacency, features, w_self, w_neigh)
    out_renumbered = graph_layer(p @ adjacency @ p.T, p @ features, w_self, w_neigh)
    print(
        "  graph layer: outputs renumbered the same way:",
        np.allclose(out_renumbered, p @ out, rtol=0, atol=1e-12),
    )
    change = np.abs(out_renumbered.sum(axis=0) - out.sum(axis=0)).max()
    print(f"  summed read-out unchanged (difference below 1e-12): {change < 1e-12}")


if __name__ == "__main__":
    main()
