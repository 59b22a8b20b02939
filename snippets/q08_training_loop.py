"""Perceptron training step by step: what an update does, rules that change w at every step, the
visiting order, and last against averaged weights on separable data."""

import numpy as np


def augment(X):
    """Append a constant 1 to every input: (n, d) -> (n, d + 1)."""
    return np.hstack([X, np.ones((X.shape[0], 1))])


def train_perceptron(X, y, max_epochs=100, rng=None, order=None):
    """Perceptron rule with a log of every update; X (n, d), y (n,) in ±1.

    Visits the examples in a fresh order from ``rng`` every epoch, else in the fixed ``order``
    (default: as given). Returns the last and averaged weights (d + 1,) and a dict of counts.
    """
    Xa = augment(X)
    w, w_sum = np.zeros(Xa.shape[1]), np.zeros(Xa.shape[1])
    log = {"per_epoch": [], "updates": 0, "gain_is_norm": 0, "not_fixed": 0, "broke_others": 0}
    fixed_order = np.arange(len(y)) if order is None else order
    for _ in range(max_epochs):
        mistakes = 0
        for i in rng.permutation(len(y)) if rng is not None else fixed_order:
            margin = y[i] * (Xa[i] @ w)
            if margin <= 0:
                w_new = w + y[i] * Xa[i]
                new_margin = y[i] * (Xa[i] @ w_new)
                before, after = y * (Xa @ w) > 0, y * (Xa @ w_new) > 0
                log["updates"] += 1
                log["gain_is_norm"] += int(np.isclose(new_margin - margin, Xa[i] @ Xa[i]))
                log["not_fixed"] += int(new_margin <= 0)
                log["broke_others"] += int(np.any(before & ~after))
                w, mistakes = w_new, mistakes + 1
            w_sum += w
        log["per_epoch"].append(mistakes)
        if mistakes == 0:
            break
    return w, w_sum / (len(y) * len(log["per_epoch"])), log


def train_hebbian(X, y, epochs, rng):
    """Supervised Hebbian rule: w <- w + y [x, 1] for every example, right or wrong."""
    Xa = augment(X)
    w = np.zeros(Xa.shape[1])
    for _ in range(epochs):
        for i in rng.permutation(len(y)):
            w = w + y[i] * Xa[i]
    return w


def train_lms(X, y, epochs, lr, rng):
    """Widrow-Hoff LMS rule: w <- w + lr (y - w.[x, 1]) [x, 1] for every example; also counts
    the steps that changed w."""
    Xa = augment(X)
    w, changed = np.zeros(Xa.shape[1]), 0
    for _ in range(epochs):
        for i in rng.permutation(len(y)):
            step = lr * (y[i] - Xa[i] @ w) * Xa[i]
            changed += int(np.any(step != 0))
            w = w + step
    return w, changed


def accuracy(w, X, y):
    """Fraction of examples with y (w . [x, 1]) > 0; w (d + 1,), X (n, d), y (n,)."""
    return float(np.mean(y * (augment(X) @ w) > 0))


def make_separable(n, rng):
    """n points (n, 2) in [-1, 1]^2 labelled ±1 by the line 2 x1 - x2 + 0.3 = 0; the augmented
    points (x, 1) lie at least 0.05 from the plane, so the inputs at least 0.0504 from the line."""
    u = np.array([2.0, -1.0, 0.3]) / np.linalg.norm([2.0, -1.0, 0.3])
    X = rng.uniform(-1.0, 1.0, size=(4 * n, 2))
    X = X[np.abs(augment(X) @ u) >= 0.05][:n]
    return X, np.where(augment(X) @ u > 0, 1, -1)


def main():
    rng = np.random.default_rng(0)
    X, y = make_separable(200, rng)
    w, _, log = train_perceptron(X, y, rng=rng)
    print("perceptron rule, one shuffled run:")
    print(f"  mistakes per epoch {log['per_epoch']}, training accuracy {accuracy(w, X, y):.3f}")

    print("\nHebbian rule, w += y [x, 1] at every step, same data:")
    print("  epochs  training accuracy  ||w||  w == epochs * sum(y [x, 1])")
    class_sum = (y[:, None] * augment(X)).sum(axis=0)
    for epochs in [1, 5, 10, 50]:
        w_all = train_hebbian(X, y, epochs, np.random.default_rng(1))
        same = np.allclose(w_all, epochs * class_sum)
        norm = np.linalg.norm(w_all)
        print(f"  {epochs:6d}  {accuracy(w_all, X, y):17.3f}  {norm:5.0f}  {same!s:>29}")
    w_lms, changed = train_lms(X, y, 50, 0.01, np.random.default_rng(1))
    w_ls = np.linalg.lstsq(augment(X), y, rcond=None)[0]
    print("\nLMS rule, w += 0.01 (y - w.[x, 1]) [x, 1] at every step, 50 epochs:")
    print(f"  steps that changed w: {changed} of {50 * len(y)}")
    print(
        f"  training accuracy {accuracy(w_lms, X, y):.3f} (least squares {accuracy(w_ls, X, y):.3f})"
    )

    print("\nvisiting order, perceptron rule on the same data:")
    print(f"  {'order':32}  mistakes     epochs")
    for name, order in [
        ("class-sorted, +1 first", np.argsort(-y, kind="stable")),
        ("class-sorted, -1 first", np.argsort(y, kind="stable")),
    ]:
        per_epoch = train_perceptron(X, y, order=order)[2]["per_epoch"]
        print(f"  {name:32}  {sum(per_epoch):8d}  {len(per_epoch):9d}")
    order_rng, rng = np.random.default_rng(3), np.random.default_rng(2)
    fixed = [train_perceptron(X, y, order=order_rng.permutation(len(y))) for _ in range(100)]
    shuffled = [train_perceptron(X, y, rng=rng) for _ in range(100)]
    print("  100 runs each, median (max):")
    for name, runs in [("one random order, kept", fixed), ("reshuffled every epoch", shuffled)]:
        mistakes = [sum(r[2]["per_epoch"]) for r in runs]
        epochs = [len(r[2]["per_epoch"]) for r in runs]
        print(
            f"  {name:32}  {np.median(mistakes):4.1f} ({max(mistakes):2d})  "
            f"{np.median(epochs):4.1f} ({max(epochs):2d})"
        )

    counts = {
        k: sum(r[2][k] for r in shuffled)
        for k in ["updates", "gain_is_norm", "not_fixed", "broke_others"]
    }
    print(f"\nthe {counts['updates']} updates of the reshuffled runs:")
    print(f"  raised their example's y w.[x, 1] by exactly ||[x, 1]||^2: {counts['gain_is_norm']}")
    print(f"  left their own example misclassified:                      {counts['not_fixed']}")
    print(f"  made some correctly classified example wrong:              {counts['broke_others']}")

    X_test, y_test = make_separable(5000, np.random.default_rng(4))
    last = np.array([accuracy(r[0], X_test, y_test) for r in shuffled])
    averaged = np.array([accuracy(r[1], X_test, y_test) for r in shuffled])
    print("\nlast against averaged weights, the reshuffled runs, 5000 new points:")
    print(
        f"  test accuracy, mean (min): last {last.mean():.4f} ({last.min():.4f}), "
        f"averaged {averaged.mean():.4f} ({averaged.min():.4f})"
    )
    better, worse = int(np.sum(averaged > last)), int(np.sum(averaged < last))
    print(f"  averaged better in {better} runs, worse in {worse}")
    wrong = sum(accuracy(r[1], X, y) < 1.0 for r in shuffled)
    print(f"  runs whose averaged weights misclassify a training point: {wrong}")


if __name__ == "__main__":
    main()
