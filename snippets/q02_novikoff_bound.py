"""Novikoff's theorem: on separable data the perceptron makes at most (R/gamma)^2 mistakes.

Any unit separator u with margin gamma = min y u.[x, 1] gives a bound; the maximum-margin
separator gives the smallest one.
"""

import numpy as np


def augment(X):
    """Append a constant 1 to every input, so the bias is a weight: (n, d) -> (n, d + 1).

    >>> augment(np.array([[2.0, 3.0]])).tolist()
    [[2.0, 3.0, 1.0]]
    """
    return np.hstack([X, np.ones((X.shape[0], 1))])


def train_perceptron(X, y, max_epochs=1000, rng=None):
    """Rosenblatt's rule from w = 0: X (n, d), y (n,) in {-1, +1} -> w (d + 1,), mistakes per epoch.

    A point is a mistake when ``y w.[x, 1] <= 0``; rng shuffles the order each epoch (None: fixed).
    """
    Xa = augment(X)
    w = np.zeros(Xa.shape[1])
    per_epoch = []
    for _ in range(max_epochs):
        mistakes = 0
        for i in rng.permutation(len(y)) if rng is not None else range(len(y)):
            if y[i] * (Xa[i] @ w) <= 0:
                w = w + y[i] * Xa[i]
                mistakes += 1
        per_epoch.append(mistakes)
        if mistakes == 0:
            break
    return w, per_epoch


def make_separable(n, margin, rng):
    """n points in [-1, 1]^2 at least ``margin`` from a planted unit separator u (3,) -> X, y, u."""
    u = np.array([2.0, -1.0, 0.3])
    u = u / np.linalg.norm(u)
    X = np.empty((0, 2))
    while len(X) < n:
        candidates = rng.uniform(-1.0, 1.0, size=(n, 2))
        X = np.vstack([X, candidates[np.abs(augment(candidates) @ u) >= margin]])
    X = X[:n]
    return X, np.where(augment(X) @ u > 0, 1, -1), u


def novikoff_bound(X, y, u):
    """R = max ||[x, 1]||, gamma = min y u.[x, 1] for a unit u (d + 1,), and bound (R / gamma)^2.

    >>> R, gamma, bound = novikoff_bound(np.array([[0.0], [2.0]]), np.array([-1, 1]),
    ...                                  np.array([1.0, -1.0]) / np.sqrt(2))
    >>> print(f"{R:.4f} {gamma:.4f} {bound:.1f}")
    2.2361 0.7071 10.0
    """
    Xa = augment(X)
    R = float(np.linalg.norm(Xa, axis=1).max())
    gamma = float((y * (Xa @ u)).min())
    return R, gamma, (R / gamma) ** 2


def max_margin_separator(X, y, tol=1e-12, max_iter=1000):
    """Unit u (d + 1,) maximising min y u.[x, 1], with lower and upper bounds on that margin.

    The margin is the distance from 0 to the convex hull of z = y [x, 1]. Wolfe's algorithm finds
    the nearest hull point v; the margin is at least min z.u for u = v / ||v||, at most ||v||.
    """
    Z = y[:, None] * augment(X)
    S, lam = [int(np.argmin((Z * Z).sum(axis=1)))], np.ones(1)
    for _ in range(max_iter):
        v = lam @ Z[S]
        j = int(np.argmin(Z @ v))
        if j in S or Z[j] @ v >= (1.0 - tol) * (v @ v):  # no point is nearer: v is optimal
            break
        S, lam = S + [j], np.append(lam, 0.0)
        while True:  # nearest point of the affine hull of Z[S], kept inside the convex hull
            k = len(S)
            A = np.block([[Z[S] @ Z[S].T, np.ones((k, 1))], [np.ones((1, k)), np.zeros((1, 1))]])
            mu = np.linalg.lstsq(A, np.append(np.zeros(k), 1.0), rcond=None)[0][:k]
            if np.all(mu > tol):
                lam = mu
                break
            out = mu <= tol
            theta = min(1.0, float(np.min(lam[out] / np.maximum(lam[out] - mu[out], tol))))
            lam = lam + theta * (mu - lam)
            S, lam = [i for i, keep in zip(S, lam > tol, strict=True) if keep], lam[lam > tol]
    else:
        raise RuntimeError("Wolfe's algorithm did not converge (the data may not be separable)")
    v = lam @ Z[S]
    u = v / np.linalg.norm(v)
    return u, float((Z @ u).min()), float(np.linalg.norm(v))


def svm_multipliers(X, y, u, gamma, tol=1e-9):
    """KKT multipliers (d + 1,) of the d + 1 points at margin gamma, and the margin in x.

    The line u.[x, 1] = 0 is the hard-margin SVM's if w = sum alpha y x, sum alpha y = 0, alpha >= 0.
    """
    w = u[:-1] / gamma  # scaled so that min y (w.x + b) = 1
    on_margin = y * (augment(X) @ u) <= gamma + tol
    A = np.vstack([(y[on_margin, None] * X[on_margin]).T, y[on_margin]])
    return np.linalg.solve(A, np.append(w, 0.0)), 1.0 / float(np.linalg.norm(w))


def main():
    rng = np.random.default_rng(0)
    X, y, u = make_separable(200, margin=0.05, rng=rng)
    R, gamma, bound = novikoff_bound(X, y, u)
    print(f"{len(y)} points in 2-D, {(y == 1).sum()} labelled +1, {(y == -1).sum()} labelled -1")
    print(f"R = max ||[x, 1]|| = {R:.4f}")
    print(f"planted separator u:   gamma = {gamma:.4f}, bound (R/gamma)^2 = {bound:6.0f}")
    u_best, lower, upper = max_margin_separator(X, y)
    _, gamma_best, bound_best = novikoff_bound(X, y, u_best)
    print(f"max-margin separator:  gamma = {gamma_best:.4f}, bound (R/gamma)^2 = {bound_best:6.0f}")
    print(f"  (certificate: the largest margin lies between {lower:.6f} and {upper:.6f})")
    alpha, margin_x = svm_multipliers(X, y, u_best, gamma_best)
    positive = bool(np.all(alpha > 0))
    print(f"  its {len(alpha)} support vectors: SVM multipliers all > 0: {positive}")
    print(f"  so it is also the standard SVM, whose margin in x is {margin_x:.4f}")

    w, per_epoch = train_perceptron(X, y, rng=rng)
    errors = int((y * (augment(X) @ w) <= 0).sum())
    print(f"\none run, mistakes per epoch: {per_epoch}")
    print(f"total mistakes: {sum(per_epoch)}; training errors of the final weights: {errors}")

    runs = [sum(train_perceptron(X, y, rng=rng)[1]) for _ in range(100)]
    print("\n100 random visiting orders:")
    print(f"mistakes min / median / max = {min(runs)} / {np.median(runs):.1f} / {max(runs)}")
    print(f"every run within the smallest bound: {max(runs) <= bound_best}")

    print("\nsmaller margin, more mistakes (a new data set per row, worst of 20 orders each):")
    print("margin kept  bound (planted u)  bound (max margin)  worst mistakes")
    for margin in [0.2, 0.1, 0.05, 0.02, 0.01]:
        X, y, u = make_separable(200, margin, rng)
        _, _, bound = novikoff_bound(X, y, u)
        _, _, bound_best = novikoff_bound(X, y, max_margin_separator(X, y)[0])
        runs = [train_perceptron(X, y, rng=rng)[1] for _ in range(20)]
        assert all(r[-1] == 0 for r in runs), "a run hit the epoch cap"
        worst = max(sum(r) for r in runs)
        print(f"{margin:11.2f} {bound:18.0f} {bound_best:19.0f} {worst:15d}")


if __name__ == "__main__":
    main()
