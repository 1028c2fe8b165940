# Modeled on: https://github.com/GrHalbgott/university/blob/main/3_osm-analyses/e2/analysis.py
# and its utils.py (a university OSM-analysis exercise: the Gini coefficient of changes per user
# and the Lorenz curve as np.insert(arr.cumsum() / arr.sum(), 0, 0)). Cut: geopandas/pandas (the
# changesets file, groupby, str.contains filters, writing geopackages and results.txt) and the
# plots. The changesets are made up with a seeded Generator and grouped per user with a dict,
# sorted from lowest to highest as the exercise requires before gini().
from collections import defaultdict

import numpy as np


def gini(arr):
    count = arr.size
    coefficient = 2 / count
    indexes = np.arange(1, count + 1)
    weighted_sum = (indexes * arr).sum()
    total = arr.sum()
    constant = (count + 1) / count
    return coefficient * weighted_sum / total - constant


def lorenz(arr):
    # this divides the prefix sum by the total sum
    # this ensures all the values are between 0 and 1.0
    scaled_prefix_sum = arr.cumsum() / arr.sum()
    # this prepends the 0 value (because 0% of all people have 0% of all wealth)
    return np.insert(scaled_prefix_sum, 0, 0)


rng = np.random.default_rng(2)
user_ids = rng.integers(1, 9, size=60)
num_changes = rng.pareto(1.5, size=60).round().astype(int) + 1

changesets_count = len(user_ids)
changes_sum = num_changes.sum()
unique_users_count = len(set(user_ids.tolist()))

per_user = defaultdict(lambda: [0, 0])
for uid, n in zip(user_ids, num_changes):
    per_user[int(uid)][0] += 1
    per_user[int(uid)][1] += int(n)
users = sorted(per_user.items(), key=lambda kv: kv[1][1])
for uid, (sets, changes) in users:
    print(f"user {uid}: {sets:2d} changesets, {changes:4d} changes")
print(f"Number of changesets: {changesets_count}")
print(f"Number of changes: {changes_sum}")
print(f"Number of unique users: {unique_users_count}")

values = np.array([changes for _, (_, changes) in users])
gini_coefficient = gini(values)
print(f"Gini coefficient: {gini_coefficient}")

lorenz_curve = lorenz(values)
x = np.linspace(0.0, 1.0, lorenz_curve.size)
print(np.column_stack((x, lorenz_curve)).round(4))
print("area between the curves:", round(0.5 - np.trapezoid(lorenz_curve, x), 6))
print(gini(np.ones(5)), gini(np.array([0, 0, 0, 0, 10])))
