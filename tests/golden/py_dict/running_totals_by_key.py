# Running totals per category, the dict way and the NumPy way.
import numpy as np

sales = [("north", 10), ("south", 4), ("north", 7), ("east", 1), ("south", 5)]
totals = {}
running = {}
for region, amount in sales:
    totals[region] = totals.get(region, 0) + amount
    running.setdefault(region, []).append(totals[region])
print(totals)
print(running)
for region in sorted(running):
    arr = np.array([a for r, a in sales if r == region])
    assert list(arr.cumsum()) == running[region], region
    print(f"{region:>6}: {arr.cumsum()}")
by_size = dict(sorted(totals.items(), key=lambda kv: kv[1], reverse=True))
print(by_size, list(by_size.keys())[0])
inverse = {v: k for k, v in totals.items()}
print(inverse)
merged = {**totals, "west": 0}
print(merged, len(merged))
