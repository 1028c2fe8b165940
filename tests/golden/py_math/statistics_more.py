import statistics
import numpy as np

data = [2.5, 3.25, 5.5, 11.25, 11.75, 2.5]
ints = [1, 3, 3, 5, 7, 7, 9, 10]
print(statistics.median_low(ints), statistics.median_high(ints), statistics.median_low([5, 1, 3]))
print(statistics.median_grouped([52, 52, 53, 54]), statistics.median_grouped([1, 3, 3, 5, 7], interval=1),
      statistics.median_grouped([1, 3, 3, 5, 7], interval=2), statistics.median_grouped([4]),
      statistics.median_grouped([1.5, 2.5, 2.5, 3.5], 0.5))
print(statistics.mode([1, 1, 2, 3, 3, 3, 3, 4]), statistics.mode(["red", "blue", "blue", "red"]),
      statistics.mode([1, 1.0, True, 2, 2]), statistics.mode("aabbbc"))
print(statistics.multimode("aabbbbccddddeeffffgg"), statistics.multimode([]), statistics.multimode([3, 1, 3, 1]))
print(statistics.fmean([3.5, 4.0, 5.25]), statistics.fmean(ints), statistics.fmean(data),
      statistics.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]), statistics.fmean(x for x in range(5)))
print(statistics.fmean(np.array([1.5, 2.5, 4.0])), type(statistics.fmean([np.float64(1.5)])).__name__)
print(statistics.geometric_mean([54, 24, 36]), statistics.geometric_mean(data), statistics.geometric_mean([1.1, 1.05, 0.97]))
print(statistics.harmonic_mean([2.5, 3, 10]), statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([40, 60], weights=[5, 30]),
      statistics.harmonic_mean([7]), statistics.harmonic_mean([0, 5]), statistics.harmonic_mean([1, 2, 4]), statistics.harmonic_mean([1.5]))
print(statistics.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
                            106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
                            103, 107, 101, 81, 109, 104], n=10))
print(statistics.quantiles(ints), statistics.quantiles(ints, method='inclusive'), statistics.quantiles(data, n=3),
      statistics.quantiles([1, 2], n=5), statistics.quantiles(data, n=1), statistics.quantiles([1.5, 2.5, 9.0], n=4, method='inclusive'))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(statistics.covariance(x, y), statistics.covariance(z, x), statistics.covariance(y, z), statistics.covariance(data, data))
print(statistics.correlation(x, x), statistics.correlation(x, z), statistics.correlation(x, y), statistics.correlation(data, [1, 2, 3, 4, 5, 7]))
year = [1971, 1975, 1979, 1982, 1983]
films_total = [1, 2, 3, 4, 5]
r = statistics.linear_regression(year, films_total)
print(r, r.slope, r.intercept, round(r.slope * 2019 + r.intercept))
print(statistics.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True), type(r).__name__)
slope, intercept = statistics.linear_regression(data, x[:6])
print(slope, intercept)
for bad in [lambda: statistics.median_low([]), lambda: statistics.mode([]), lambda: statistics.fmean([]),
            lambda: statistics.fmean([1, 2], weights=[1]), lambda: statistics.fmean([1, 2], weights=[0, 0]),
            lambda: statistics.geometric_mean([1, -2]), lambda: statistics.geometric_mean([]),
            lambda: statistics.harmonic_mean([]), lambda: statistics.harmonic_mean([1, -2]),
            lambda: statistics.harmonic_mean([-3]), lambda: statistics.harmonic_mean([1, 2], weights=[1]),
            lambda: statistics.quantiles([1], n=4), lambda: statistics.quantiles([1, 2], n=0),
            lambda: statistics.quantiles([1, 2], method='middle'), lambda: statistics.covariance([1], [2]),
            lambda: statistics.covariance([1, 2], [1, 2, 3]), lambda: statistics.correlation([1, 1, 1], [1, 2, 3]),
            lambda: statistics.linear_regression([2, 2], [1, 3]), lambda: statistics.mode([[1], [1]]),
            lambda: statistics.median_grouped(['a', 'b'])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
# An inf or nan among the data or weights: _sum's total is a float.
for d, w in [([1, float('nan')], None), ([1, float('inf')], None), ([1, 2], [float('inf'), 1]),
             ([1, 2], [float('nan'), 1]), ([-0.0, 2], None), ([float('inf'), float('inf')], None)]:
    try:
        print(repr(statistics.harmonic_mean(d, w)))
    except Exception as e:
        print(type(e).__name__, e)
