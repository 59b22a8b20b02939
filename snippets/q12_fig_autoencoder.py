"""Figure: what a 1-number code keeps (autoencoder vs PCA's linear and a quadratic decoder), and
the anomaly scores it yields."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q12_autoencoder_anomaly import build_example


def make_figure():
    """Left: test points and reconstructions in the plane of the curve. Right: score histograms."""
    ex = build_example()
    E = ex["embedding"]  # (8, 2): plane coordinates are X @ E
    X_test, X_anomaly = ex["X_test"], ex["X_anomaly"]
    order = np.argsort((X_test @ E)[:, 0])

    fig, (ax0, ax1) = plt.subplots(1, 2, figsize=(10, 3.8), constrained_layout=True)
    plane, anomaly = X_test @ E, X_anomaly @ E
    ax0.scatter(plane[:, 0], plane[:, 1], s=6, color="tab:gray", alpha=0.5, label="normal data")
    ax0.scatter(anomaly[:, 0], anomaly[:, 1], s=6, color="tab:red", alpha=0.4, label="anomalies")
    ae = (ex["reconstruct_ae"](X_test) @ E)[order]
    pca = (ex["reconstruct_pca"](1)(X_test) @ E)[order]
    ax0.plot(ae[:, 0], ae[:, 1], color="tab:blue", lw=2.5, label="autoencoder, code size 1")
    ax0.plot(pca[:, 0], pca[:, 1], color="tab:orange", lw=2.5, ls="--", label="PCA, 1 component")
    quad = (ex["reconstruct_pca_quadratic"](X_test) @ E)[order]
    ax0.plot(
        quad[:, 0], quad[:, 1], color="tab:green", lw=2, ls=":", label="PCA code, quadratic decoder"
    )
    ax0.set(
        title="Reconstructions (plane of the curve)",
        xlabel="plane coordinate 1",
        ylabel="plane coordinate 2",
    )
    ax0.set_ylim(top=2.3)
    ax0.legend(loc="upper center", fontsize=8, ncol=2)

    def score(X):
        return np.sum((ex["reconstruct_ae"](X) - X) ** 2, axis=1)

    threshold = np.quantile(score(ex["X_train"]), 0.99)
    bins = np.logspace(-4, 0, 40)
    ax1.hist(score(X_test), bins=bins, color="tab:gray", alpha=0.7, label="normal (test)")
    ax1.hist(score(X_anomaly), bins=bins, color="tab:red", alpha=0.6, label="anomalies")
    ax1.axvline(threshold, color="tab:blue", ls="--", label="99th percentile of training")
    ax1.set(
        xscale="log",
        title="Autoencoder anomaly score",
        xlabel="squared reconstruction error",
        ylabel="count",
    )
    ax1.legend(fontsize=8)
    return fig
