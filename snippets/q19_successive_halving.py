"""Successive halving against random search, the same budget of 108 training epochs.

Successive halving starts many random configurations on a small budget, keeps the best third by
*validation* loss, triples their budget, and repeats; random search trains every configuration to
the end. Both tune the learning rate and L2 penalty of a logistic-regression model trained by
minibatch SGD; the chosen configuration is judged on a test set that took no part in the choice.
"""

import numpy as np


def logistic_loss(w, X, y):
    """Mean logistic loss for labels in {-1, +1}; a diverged run (non-finite w) scores inf."""
    if not np.all(np.isfinite(w)):
        return float("inf")
    return float(np.mean(np.logaddexp(0.0, -y * (X @ w))))


def logistic_l2_grad(w, X, y, lam):
    """Gradient (d,) of ``logistic_loss(w, X, y) + lam * ||w||**2`` for X (n, d), y (n,)."""
    coef = -y * 0.5 * (1.0 - np.tanh(0.5 * y * (X @ w)))  # -y / (1 + exp(y x.w)), no overflow
    return X.T @ coef / len(y) + 2.0 * lam * w


def train(config, epochs, data, seed):
    """Minibatch SGD (batch 25) from zero, ``config = (learning_rate, lam)``: weights (d,)."""
    lr, lam = config
    X, y = data["X"], data["y"]
    rng = np.random.default_rng(seed)
    w = np.zeros(X.shape[1])
    with np.errstate(over="ignore", invalid="ignore"):  # a too-large step may diverge
        for _ in range(epochs):
            order = rng.permutation(len(y))
            for start in range(0, len(y), 25):
                idx = order[start : start + 25]
                w = w - lr * logistic_l2_grad(w, X[idx], y[idx], lam)
    return w


def sample_configs(n, rng):
    """``n`` random configurations: log-uniform learning rate in [1e-3, 30], L2 in [1e-5, 1]."""
    return list(
        zip(10.0 ** rng.uniform(-3.0, 1.5, n), 10.0 ** rng.uniform(-5.0, 0.0, n), strict=True)
    )


def random_search(configs, epochs, data):
    """Train every configuration for ``epochs``; return the best by validation loss and its cost."""
    scores = [
        logistic_loss(train(c, epochs, data, i), data["X_val"], data["y_val"])
        for i, c in enumerate(configs)
    ]
    return configs[int(np.argmin(scores))], epochs * len(configs)


def successive_halving(configs, min_epochs, r, data):
    """Keep the best ``1 / r`` by validation loss, multiply their epochs by ``r``, repeat.

    Returns the survivor and the total epochs spent (every round retrains from scratch).
    """
    alive = list(enumerate(configs))
    epochs, cost = min_epochs, 0
    while True:
        scores = [
            logistic_loss(train(c, epochs, data, i), data["X_val"], data["y_val"]) for i, c in alive
        ]
        cost += epochs * len(alive)
        if len(alive) == 1:
            return alive[0][1], cost
        keep = np.argsort(scores, kind="stable")[: max(1, len(alive) // r)]
        alive = [alive[k] for k in keep]
        epochs *= r


def discarded_winners(configs, survivor, epochs, data):
    """How many configurations beat the survivor on validation loss given the full budget
    (each retrained with its own seed, as in :func:`successive_halving`)."""
    scores = [
        logistic_loss(train(c, epochs, data, i), data["X_val"], data["y_val"])
        for i, c in enumerate(configs)
    ]
    return int(np.sum(np.array(scores) < scores[configs.index(survivor)]))


def make_data(seed):
    """Train / validation / test sets of a noisy linear classification task in 20 dimensions."""
    rng = np.random.default_rng(seed)
    d = 20
    w_true = rng.normal(size=d)
    data = {}
    for split, n in [("", 200), ("_val", 500), ("_test", 5000)]:
        X = rng.normal(size=(n, d))
        y = np.where(X @ w_true + 2.0 * rng.normal(size=n) > 0, 1.0, -1.0)
        data["X" + split], data["y" + split] = X, y
    return data


def main():
    final_epochs, r, tie = 27, 3, 0.005
    results = {"random search": [], "successive halving": []}
    discarded = []
    for seed in range(30):
        data = make_data(seed)
        rng = np.random.default_rng(1000 + seed)
        sh_configs = sample_configs(27, rng)
        sh_best, sh_cost = successive_halving(sh_configs, 1, r, data)
        rs_best, rs_cost = random_search(sample_configs(4, rng), final_epochs, data)
        assert sh_cost == rs_cost == 108
        for name, best in [("random search", rs_best), ("successive halving", sh_best)]:
            w = train(best, final_epochs, data, seed)
            results[name].append(logistic_loss(w, data["X_test"], data["y_test"]))
        if results["successive halving"][-1] > results["random search"][-1] + tie:
            discarded.append(discarded_winners(sh_configs, sh_best, final_epochs, data))
    print("budget: 108 training epochs per tuning run; 30 independent tasks")
    print("  random search:      4 configurations x 27 epochs")
    print("  successive halving: 27 x 1, then 9 x 3, 3 x 9, 1 x 27 epochs")
    print(f"{'method':<20}{'configs tried':>14}{'mean test loss':>16}{'worst task':>12}")
    for name, tried in [("random search", 4), ("successive halving", 27)]:
        losses = np.array(results[name])
        print(f"{name:<20}{tried:>14d}{losses.mean():>16.4f}{losses.max():>12.4f}")
    diff = np.array(results["successive halving"]) - np.array(results["random search"])
    print(
        f"test loss of successive halving minus random search: better by more than {tie} on "
        f"{int(np.sum(diff < -tie))} tasks,"
    )
    print(
        f"  within {tie} (a tie) on {int(np.sum(np.abs(diff) <= tie))}, "
        f"worse by more than {tie} on {int(np.sum(diff > tie))}"
    )
    print(
        f"in the {len(discarded)} clear losses it had discarded "
        f"{' and '.join(str(k) for k in discarded)} configurations that, given"
    )
    print(f"  all {final_epochs} epochs, beat its survivor's validation loss: judged too early")


if __name__ == "__main__":
    main()
