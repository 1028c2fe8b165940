# Source: https://notesoncomputing.com/coding_interview/welford_mean_variance ("Online Mean and
# Variance (Welford)": the two-pass function and the RunningStats class as written, run on the
# page's trace data) and https://github.com/chentt66/simulation (sample_stats_welford, as written);
# numpy's mean/var added to compare
import numpy as np

def mean_var_two_pass(xs):
    n = len(xs)
    s1 = sum(xs); s2 = sum(x*x for x in xs)
    mean = s1 / n
    var = s2 / n - mean * mean # numerically unstable!
    return mean, var

class RunningStats:
    """Welford's online algorithm for mean and variance."""
    def __init__(self):
        self.n = 0
        self.mean = 0.0
        self.M2 = 0.0 # sum of squared deviations from current mean
    def update(self, x: float) -> None:
        self.n += 1
        delta = x - self.mean
        self.mean += delta / self.n
        delta2 = x - self.mean # NOTE: uses the NEW mean
        self.M2 += delta * delta2
    @property
    def variance(self) -> float:
        return self.M2 / self.n if self.n else 0.0 # population variance
    @property
    def sample_variance(self) -> float:
        return self.M2 / (self.n - 1) if self.n > 1 else 0.0

xs = [4, 7, 13, 16]
rs = RunningStats()
for x in xs:
    rs.update(x)
    print(rs.n, rs.mean, rs.M2)
print(rs.variance, rs.sample_variance)
print(mean_var_two_pass(xs), np.mean(xs), np.var(xs), np.var(xs, ddof=1))

big = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]
rs = RunningStats()
for x in big:
    rs.update(x)
print(mean_var_two_pass(big), rs.mean, rs.variance, np.var(big))


def sample_stats_welford(arr):
    if not arr:
        return None, None

    mean = 0.0
    m2 = 0.0  # Sum of squares of differences from the current mean
    
    for count, x in enumerate(arr, 1):
        delta = x - mean
        mean += delta / count
        delta2 = x - mean
        m2 += delta * delta2

    # Sample variance (n-1), handle n < 2 case
    variance = m2 / (count - 1) if count > 1 else 0.0
    return mean, variance

test = [-1, 1]
print(sample_stats_welford(test), sample_stats_welford([]), sample_stats_welford([5]))
rng = np.random.default_rng(0)
data = rng.normal(10, 2, 1000)
m, v = sample_stats_welford(list(data))
print(m, v, data.mean(), data.var(ddof=1))
running_mean = np.cumsum(data) / np.arange(1, data.size + 1)
print(running_mean[[0, 9, 99, 999]])
