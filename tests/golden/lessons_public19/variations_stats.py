# Variations on the ECDF, Poisson and drawdown lessons: quantiles read off an ECDF, moving
# averages by cumsum differences against np.convolve, drawdowns of a seeded price path, and the
# f-string format specs learners use on NumPy scalars.
import numpy as np

rng = np.random.default_rng(11)
data = rng.exponential(2.0, size=15)
xs = np.sort(data)
ys = np.arange(1, xs.size + 1) / xs.size
for q in (0.1, 0.5, 0.9):
    i = np.searchsorted(ys, q, side="left")
    print(f"q={q:.1f}: ecdf {xs[i]:.4f}  quantile {np.quantile(data, q):.4f}  "
          f"inverted_cdf {np.quantile(data, q, method='inverted_cdf'):.4f}")


def moving_average(a, n=3):
    ret = np.cumsum(a, dtype=float)
    ret[n:] = ret[n:] - ret[:-n]
    return ret[n - 1:] / n


a = np.array([3, 5, 7, 2, 8, 10, 11, 65, 72, 81])
print(moving_average(a, 4))
print(np.convolve(a, np.ones(4) / 4, mode="valid"))
print(np.allclose(moving_average(a, 4), np.convolve(a, np.ones(4), "valid") / 4))

r = rng.normal(0.001, 0.02, size=12)
wealth = 100 * np.cumprod(1 + r)
peak = np.maximum.accumulate(wealth)
dd = wealth / peak - 1
end = dd.argmin()
start = wealth[:end + 1].argmax()
print(np.round(wealth, 2))
print(f"max drawdown {dd.min():.2%} from day {start} to day {end}")
print(f"{wealth[-1]:>10,.3f}|{peak[-1]:<10.1f}|{np.int64(1234567):_d}|{dd.min():e}")
print(f"{np.float32(0.1):.10f} {np.float64(2.5):g} {np.int32(-7):+05d} {np.uint8(200):x}")
x = np.cumsum(np.full(5, 0.1))
print(x, x[-1], f"{x[-1]!r}", x.tolist())
print(np.trapezoid(np.sin(np.linspace(0, np.pi, 9)), dx=np.pi / 8))
t = np.linspace(0, 1, 5)
v = t ** 2
pos = np.concatenate(([0.0], np.cumsum((v[1:] + v[:-1]) / 2 * np.diff(t))))
print(pos, pos[-1] - np.trapezoid(v, t))
