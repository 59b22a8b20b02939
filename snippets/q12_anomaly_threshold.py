"""How far the false-alarm rate of a threshold set at the 99th percentile of n normal scores strays."""

import numpy as np


def threshold_false_alarm_rates(rng, n, trials, q=0.99, chunk=500):
    """True false-alarm rates (trials,) of thresholds at the q-quantile of n normal scores.

    Scores are uniform on [0, 1]: any continuous score s becomes uniform under its own CDF F, and a
    threshold's rate is 1 - F(threshold), so the result holds for any model. np.quantile
    interpolates between order statistics 506 and 507 of 512, so the mean rate is
    (1 + 0.01 * 511) / 513 = 1.19 %, slightly above the nominal 1 %.
    """
    rates = [
        1.0 - np.quantile(rng.uniform(size=(min(chunk, trials - i), n)), q, axis=1)
        for i in range(0, trials, chunk)
    ]
    return np.concatenate(rates)


def main():
    rng = np.random.default_rng(12)
    print("threshold = 99th percentile of n normal scores; target false-alarm rate 1.00%")
    print("5th to 95th percentile, over 4000 calibration sets, of the false-alarm rate")
    print(f"{'n':>6}{'true rate':>20}{'measured on 500 new points':>32}")
    for n in (512, 5120):
        rates = threshold_false_alarm_rates(rng, n, trials=4000)
        measured = rng.binomial(500, rates) / 500  # the rate as a 500-point test set shows it
        true_lo, true_hi = np.quantile(rates, [0.05, 0.95])
        meas_lo, meas_hi = np.quantile(measured, [0.05, 0.95])
        print(f"{n:>6}{true_lo:>11.2%} to {true_hi:.2%}{meas_lo:>21.2%} to {meas_hi:.2%}")
        print(f"{'':>6}mean true rate {rates.mean():.2%}")
        if n == 512:
            training_rate = 0.021  # the autoencoder's threshold on 200 000 fresh points
            share = np.mean(rates <= training_rate)
            print(f"{'':>6}a rate of 2.1% is at percentile {100 * share:.0f} of the true rates")


if __name__ == "__main__":
    main()
