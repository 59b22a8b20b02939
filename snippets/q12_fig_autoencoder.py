"""Figure: what a 1-number code keeps (autoencoder vs PCA's linear and a quadratic decoder), and
the anomaly scores it yields."""

from functools import cache

import matplotlib.pyplot as plt
import numpy as np

from snippets.q12_nonlinear_autoencoder import build_example

#: The trained example (a dict, as `build_example` returns it), computed once for the light and
#: the dark figure.
example = cache(build_example)


def make_figure():
    """Two panels stacked: reconstructions in the plane of the curve; anomaly-score histograms."""
    ex = example()
    E = ex["embedding"]  # (8, 2): plane coordinates are X @ E
    X_test, X_anomaly = ex["X_test"], ex["X_anomaly"]
    order = np.argsort((X_test @ E)[:, 0])

    fig, (ax0, ax1) = plt.subplots(2, 1, figsize=(5.5, 8.6), constrained_layout=True)
    plane, anomaly = X_test @ E, X_anomaly @ E
    ax0.scatter(plane[:, 0], plane[:, 1], s=6, color="tab:gray", alpha=0.5, label="normal data")
    ax0.scatter(anomaly[:, 0], anomaly[:, 1], s=6, color="tab:red", alpha=0.4, label="anomalies")
    ae = (ex["autoencoder"](X_test) @ E)[order]
    pca = (ex["pca"](1)(X_test) @ E)[order]
    quad = (ex["pca_quadratic"](X_test) @ E)[order]
    ax0.plot(ae[:, 0], ae[:, 1], color="tab:blue", lw=2.5, label="autoencoder, code size 1")
    ax0.plot(pca[:, 0], pca[:, 1], color="tab:orange", lw=2.5, ls="--", label="PCA, 1 component")
    ax0.plot(
        quad[:, 0], quad[:, 1], color="tab:green", lw=2, ls=":", label="PCA + quadratic decoder"
    )
    ax0.set(title="Reconstructions in the plane of the curve", xlabel="plane coordinate 1")
    ax0.set_ylabel("plane coordinate 2")
    ax0.set_ylim(top=2.9)
    ax0.legend(loc="upper center", fontsize=11, ncol=2, handlelength=1.5, columnspacing=0.8)

    def score(X):
        return np.sum((ex["autoencoder"](X) - X) ** 2, axis=1)

    threshold = np.quantile(score(ex["X_train"]), 0.99)
    bins = np.logspace(-4, 0, 40)
    ax1.hist(score(X_test), bins=bins, color="tab:gray", alpha=0.7, label="normal (test)")
    ax1.hist(score(X_anomaly), bins=bins, color="tab:red", alpha=0.6, label="anomalies")
    ax1.axvline(threshold, color="tab:blue", ls="--", label="99th percentile\nof training scores")
    ax1.set(xscale="log", title="Autoencoder anomaly score", xlabel="squared reconstruction error")
    ax1.set_ylabel("count")
    ax1.legend(fontsize=11)
    for ax in (ax0, ax1):
        ax.title.set_fontsize(12)
        ax.xaxis.label.set_fontsize(11)
        ax.yaxis.label.set_fontsize(11)
        ax.tick_params(labelsize=11)
    return fig
