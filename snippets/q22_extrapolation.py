"""Longer contexts than in training: what RoPE's angles do, position interpolation, decay.

1. RoPE with head dimension 128 and base 10000, trained on 2048 tokens: the slow pairs never
   complete a turn in training, so at 8192 tokens they meet angles they have never seen.
2. Position interpolation divides positions by 8192 / 2048 = 4: every angle stays within the
   trained range, at the price of neighbouring positions being 4 times closer in angle.
3. The score of q = k = (1, ..., 1) under RoPE shrinks, on average, as the offset grows.
"""

import numpy as np


def rope_frequencies(d, base=10000.0):
    """Angular frequencies theta_i (d/2,) of RoPE's pairs: ``base**(-2i/d)``, i = 0..d/2-1."""
    return base ** (-np.arange(0, d, 2) / d)


def rope_score_ones(offset, d):
    """RoPE score (scalar) of q = k = ones(d) at offset m - n: sum_i 2 cos(offset * theta_i)."""
    return 2.0 * np.sum(np.cos(offset * rope_frequencies(d)))


def main():
    d, train_len, long_len = 128, 2048, 8192
    theta = rope_frequencies(d)
    period = 2 * np.pi / theta  # tokens per full turn of each pair
    print(f"1. d = {d}: {d // 2} pairs, periods {period[0]:.2f} to {period[-1]:.0f} tokens")
    slow = np.sum(period > train_len)
    print(f"   pairs that never complete a turn within {train_len} tokens: {slow}")
    seen, new = (train_len - 1) * theta[-1], (long_len - 1) * theta[-1]
    print(f"   slowest pair's largest angle: {seen:.4f} rad in training, {new:.4f} at {long_len}")

    scale = train_len / long_len  # position interpolation: p -> p * 2048 / 8192
    top = (long_len - 1) * scale
    print(f"2. positions times {scale}: largest {top:.2f}, inside the trained 0..{train_len}")
    step, new_step = theta[0], theta[0] * scale
    print(f"   angle between neighbours, fastest pair: {step:.4f} rad -> {new_step:.4f} rad")

    print("3. RoPE score of q = k = ones(128) against the offset m - n")
    for lo, hi in [(0, 1), (1, 10), (10, 100), (100, 1000), (1000, 10000)]:
        mean_abs = np.mean([abs(rope_score_ones(r, d)) for r in range(lo, hi)])
        print(f"   offsets {lo:5d}..{hi - 1:5d}: mean |score| {mean_abs:7.2f}")


if __name__ == "__main__":
    main()
