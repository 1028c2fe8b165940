import statistics
from statistics import mean, median, stdev, variance, pstdev, pvariance
import random
r = random.Random(3)
datasets = [[1, 2, 3, 4, 4], [2.5, 3.25, 5.5, 11.25, 11.75], [1, 2.5], [0.1, 0.2, 0.3, 0.4], [3, 5], [1e16, 1, -1e16, 3.5],
            [True, False, True], [7], [1, 3, 5, 7], [2, 4]]
for _ in range(15):
    datasets.append([r.uniform(-100, 100) for _ in range(r.randint(2, 30))])
    datasets.append([r.randint(-50, 50) for _ in range(r.randint(2, 12))])
for d in datasets:
    out = [mean(d), median(d), pvariance(d), pstdev(d)]
    if len(d) > 1:
        out += [variance(d), stdev(d), variance(d, mean(d)), pstdev(d, mu=mean(d))]
    print(*[repr(x) for x in out])
print(mean([1, float('inf')]), variance([1.0, float('nan'), 2.0]), median([3, 1, 2, 5]))
for f in [lambda: mean([]), lambda: median([]), lambda: variance([1]), lambda: stdev([2]), lambda: pvariance([]), lambda: pstdev([]), lambda: mean(['a']), lambda: stdev([1.0, float('inf')])]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    mean([])
except statistics.StatisticsError as e:
    print('caught', e, isinstance(e, ValueError))
