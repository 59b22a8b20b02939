"""Perceptron training step by step: weights change only on mistakes, and each update turns w."""

import numpy as np


def augment(X):
    """Append a constant 1 to every input: (n, d) -> (n, d + 1)."""
    return np.hstack([X, np.ones((X.shape[0], 1))])


def train_perceptron(X, y, max_epochs=100, rng=None):
    """Perceptron rule with a log of every step; X (n, d), y (n,) in ±1, None visits in order.

    Returns the weights (d + 1,) and a dict of counts: ``per_epoch`` (mistakes in each epoch),
    ``steps``, ``mistakes``, ``updates`` (steps that changed w), ``changed_on_correct``,
    ``gain_is_norm`` (updates that raised their example's y w.x by exactly ||x||^2) and
    ``fixed_at_once`` (updates after which their example was classified correctly) and
    ``broke_others`` (updates that made some other, correctly classified example wrong).
    """
    Xa = augment(X)
    w = np.zeros(Xa.shape[1])
    keys = [
        "steps",
        "mistakes",
        "updates",
        "changed_on_correct",
        "gain_is_norm",
        "fixed_at_once",
        "broke_others",
    ]
    log = dict.fromkeys(keys, 0) | {"per_epoch": []}
    for _ in range(max_epochs):
        epoch_mistakes = 0
        for i in rng.permutation(len(y)) if rng is not None else range(len(y)):
            margin = y[i] * (Xa[i] @ w)
            mistake = margin <= 0
            w_new = w + y[i] * Xa[i] if mistake else w
            changed = not np.array_equal(w_new, w)
            new_margin = y[i] * (Xa[i] @ w_new)
            log["steps"] += 1
            log["mistakes"] += int(mistake)
            log["updates"] += int(changed)
            log["changed_on_correct"] += int(changed and not mistake)
            if changed:
                log["gain_is_norm"] += int(np.isclose(new_margin - margin, Xa[i] @ Xa[i]))
                log["fixed_at_once"] += int(new_margin > 0)
                before, after = y * (Xa @ w) > 0, y * (Xa @ w_new) > 0
                log["broke_others"] += int(np.any(before & ~after))
            epoch_mistakes += int(mistake)
            w = w_new
        log["per_epoch"].append(epoch_mistakes)
        if epoch_mistakes == 0:
            break
    return w, log


def train_update_every_step(X, y, epochs, rng):
    """A different rule, for contrast: w <- w + y [x, 1] for every example, right or wrong."""
    Xa = augment(X)
    w = np.zeros(Xa.shape[1])
    for _ in range(epochs):
        for i in rng.permutation(len(y)):
            w = w + y[i] * Xa[i]
    return w


def accuracy(w, X, y):
    """Fraction of examples with y (w . [x, 1]) > 0; w (d + 1,), X (n, d), y (n,)."""
    return float(np.mean(y * (augment(X) @ w) > 0))


def make_separable(n, rng):
    """n points (n, 2) in [-1, 1]^2 labelled ±1 by a fixed line, none closer than 0.05 to it."""
    u = np.array([2.0, -1.0, 0.3]) / np.linalg.norm([2.0, -1.0, 0.3])
    X = rng.uniform(-1.0, 1.0, size=(4 * n, 2))
    X = X[np.abs(augment(X) @ u) >= 0.05][:n]
    return X, np.where(augment(X) @ u > 0, 1, -1)


def main():
    rng = np.random.default_rng(0)
    X, y = make_separable(200, rng)

    w, log = train_perceptron(X, y, rng=rng)
    print("perceptron rule (update only on a mistake):")
    print(f"  mistakes per epoch:           {log['per_epoch']}")
    print(f"  steps:                        {log['steps']}")
    print(f"  mistakes:                     {log['mistakes']}")
    print(f"  updates (weights changed):    {log['updates']}")
    correct = log["steps"] - log["mistakes"]
    print(f"  correct steps that changed w: {log['changed_on_correct']} of {correct}")
    print(
        f"  updates that raised y w.x by exactly ||x||^2: {log['gain_is_norm']} of {log['updates']}"
    )
    print(
        f"  updates that fixed their example at once:     {log['fixed_at_once']} of {log['updates']}"
    )
    print(f"  training accuracy: {accuracy(w, X, y):.3f}")

    print("\n'update the weight in every step' (add y x for every example):")
    print("  epochs  training accuracy  ||w||  w == epochs * sum(y [x, 1])")
    class_sum = (y[:, None] * augment(X)).sum(axis=0)
    for epochs in [1, 5, 10, 50]:
        w_all = train_update_every_step(X, y, epochs, np.random.default_rng(1))
        same = np.allclose(w_all, epochs * class_sum)
        norm = np.linalg.norm(w_all)
        print(f"  {epochs:6d}  {accuracy(w_all, X, y):17.3f}  {norm:6.0f}  {same!s:>29}")

    print("\nvisiting order, perceptron rule on the same data:")
    print(f"  {'order':29}  mistakes  epochs")
    for name, order in [
        ("fixed, class-sorted, +1 first", np.argsort(-y, kind="stable")),
        ("fixed, class-sorted, -1 first", np.argsort(y, kind="stable")),
    ]:
        _, log = train_perceptron(X[order], y[order])
        print(f"  {name:29}  {log['mistakes']:8d}  {len(log['per_epoch']):6d}")
    rng = np.random.default_rng(2)
    logs = [train_perceptron(X, y, rng=rng)[1] for _ in range(100)]
    mistakes = [log["mistakes"] for log in logs]
    epochs = [len(log["per_epoch"]) for log in logs]
    print("  shuffled every epoch, 100 runs:")
    print(f"    mistakes median {np.median(mistakes):.1f} (max {max(mistakes)})")
    print(f"    epochs median {np.median(epochs):.1f} (max {max(epochs)})")
    updates = sum(log["updates"] for log in logs)
    not_fixed = updates - sum(log["fixed_at_once"] for log in logs)
    broke = sum(log["broke_others"] for log in logs)
    print(f"    of their {updates} updates, {not_fixed} left their own example wrong")
    print(f"    and {broke} made some correctly classified example wrong")


if __name__ == "__main__":
    main()
