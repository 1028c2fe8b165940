import numpy as np
# Source: https://github.com/dtrifuno/all-of-stats-solutions/tree/master/src/code (solutions to
# Wasserman's "All of Statistics" exercises 2.2, 3.9a, 3.9b and 3.11, each a script in order; changed:
# each script's matplotlib figure is replaced by a print of the arrays it would plot; ex01_21 is left
# out since it draws rng.choice(("H", "T")), a str array)

# 02-02.py
p = np.array([0, 1 / 10, 1 / 10, 8 / 10])
cdf = p.cumsum()
x = np.array([0, 2, 3, 5, 7])

for x0, x1, y in zip(x, x[1:], cdf):
    print(y, x0, x1)

print(x[1:-1], cdf[:-1])
print(x[1:-1], cdf[1:])

# 03-09a.py
n = 10000
rng = np.random.default_rng(42)
x = rng.normal(size=n)
y = x.cumsum() / np.arange(1, n + 1)
print(y)

# 03-09b.py
n = 10000
rng = np.random.default_rng(42)
x = rng.standard_cauchy(size=n)
y = x.cumsum() / np.arange(1, n + 1)
print(y)

# 03-11.py
def simulate_stock_run(n=10_000, seed=42):
    rng = np.random.default_rng(seed)
    y = rng.choice([-1, 1], size=n)
    x = y.cumsum()
    return x


print(simulate_stock_run(seed=42))
print(simulate_stock_run(seed=43))
print(simulate_stock_run(seed=44))
