"""LoRA on one linear layer: W + (alpha/r) B A, its parameter count, B = 0 at the start, exact merge."""

import numpy as np


def lora_forward(X, W, A, B, alpha):
    """X (n, d_in), frozen W (d_out, d_in), A (r, d_in), B (d_out, r) -> (n, d_out)."""
    r = A.shape[0]
    return X @ W.T + (alpha / r) * (X @ A.T) @ B.T  # never forms the d_out x d_in update


rng = np.random.default_rng(0)
d_in, d_out, r, alpha = 1024, 1024, 8, 16
W = rng.normal(0.0, d_in**-0.5, (d_out, d_in))  # pretrained weights: frozen
A = rng.normal(0.0, d_in**-0.5, (r, d_in))  # trainable, random
B = np.zeros((d_out, r))  # trainable, zero: the adapted layer starts as W
X = rng.normal(size=(4, d_in))

full, lora = d_out * d_in, r * (d_in + d_out)
print(f"full fine-tuning trains {full:,} weights of this layer")
print(f"LoRA with r = {r} trains {lora:,} ({lora / full:.2%} of them)")
print(
    "B = 0: output identical to the pretrained layer:",
    np.array_equal(lora_forward(X, W, A, B, alpha), X @ W.T),
)

B = rng.normal(0.0, 0.1, (d_out, r))  # stands in for B after training
W_merged = W + (alpha / r) * B @ A  # merge once, before deployment
print("rank of the update W_merged - W:", np.linalg.matrix_rank(W_merged - W))
same = np.allclose(X @ W_merged.T, lora_forward(X, W, A, B, alpha), rtol=0.0, atol=1e-12)
print("merged layer, one matmul, same outputs to 1e-12:", same)
