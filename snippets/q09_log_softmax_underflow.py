"""When log(softmax(z)) fails and log_softmax does not: underflow to log 0, overflow to nan."""

import numpy as np


def log_softmax(z, axis=-1):
    """Logarithm of the softmax of ``z`` (any shape) along ``axis``, finite for finite logits."""
    shifted = z - np.max(z, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


def softmax(z, axis=-1):
    """Softmax of ``z`` (any shape) along ``axis``: positive, sums to 1; no overflow."""
    # Shifting by the maximum leaves softmax unchanged and keeps every exp(.) in (0, 1].
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def softmax_unshifted(z):
    """Softmax of a vector ``z`` (k,) without subtracting the maximum: exp overflows."""
    e = np.exp(z)
    return e / np.sum(e)


def log_of_softmax_grad(z, label):
    """Gradient of ``-log(softmax(z)[label])`` by the chain rule through ``p``, as autodiff does; (k,)."""
    p = softmax(z)
    jacobian = np.diag(p) - np.outer(p, p)  # d p_i / d z_j
    return -(1.0 / p[label]) * jacobian[label]


def show(v):
    """Format a vector (k,) with four decimals, nan and inf as NumPy names them."""
    return "[" + ", ".join(f"{x + 0.0:.4f}" for x in v) + "]"


def main():
    print("Loss of a wrong label: logits z = [gap, 0], label 1; the true loss is about gap.")
    print("    gap   -log(softmax(z))[1]   -log_softmax(z)[1]")
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        for gap in (10.0, 100.0, 700.0, 745.0, 746.0, 1000.0):
            z = np.array([gap, 0.0])
            naive, stable = -np.log(softmax(z))[1], -log_softmax(z)[1]
            print(f"{gap:7.1f}   {naive:19.4f}   {stable:18.4f}")

        print("\nWhere each precision breaks (p = e^-gap underflows; e^z overflows):")
        print("dtype     smallest p > 0   log(softmax) = -inf beyond gap   unshifted nan beyond z")
        for dtype in (np.float16, np.float32, np.float64):
            info = np.finfo(dtype)
            gap = np.log(2.0) - np.log(float(info.smallest_subnormal))  # below half of it: 0
            top = np.log(float(info.max))
            print(
                f"{info.dtype.name:8s}  {float(info.smallest_subnormal):14.1e}"
                f"   {gap:30.2f}   {top:21.2f}"
            )
        for dtype, below, above in ((np.float32, 103.0, 105.0), (np.float16, 17.0, 18.0)):
            for gap in (below, above):
                z = np.array([gap, 0.0], dtype=dtype)
                print(
                    f"  {np.dtype(dtype).name} gap {gap:5.1f}: -log(softmax) {-np.log(softmax(z))[1]:8.4f},"
                    f" -log_softmax {-log_softmax(z)[1]:8.4f}"
                )

        print("\nWithout the max shift, exp overflows:")
        z = np.array([710.0, 0.0])
        print(f"  softmax_unshifted([710, 0]) = {show(softmax_unshifted(z))}")
        print(f"  softmax([710, 0])           = {show(softmax(z))}")

        print("\nGradient with respect to z at gap 746, label 1:")
        z = np.array([746.0, 0.0])
        print(f"  chain rule through log(p): {show(log_of_softmax_grad(z, 1))}")
        print(f"  P - Y from log_softmax:    {show(np.exp(log_softmax(z)) - np.array([0.0, 1.0]))}")


if __name__ == "__main__":
    main()
