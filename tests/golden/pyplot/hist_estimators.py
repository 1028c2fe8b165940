import numpy as np
rng = np.random.default_rng(0)
steps = rng.choice([-1, 1], size=500)
walk = np.cumsum(steps)
x = rng.normal(size=1000).cumsum()
xs = [walk, x, np.cumsum(rng.random(50)), np.arange(10), np.array([3, 3, 3]), np.array([1.0]), np.cumsum(rng.exponential(size=300))]
for name in ['auto', 'fd', 'doane', 'scott', 'stone', 'rice', 'sturges', 'sqrt']:
    for d in xs:
        h, e = np.histogram(d, bins=name)
        print(name, len(e), e[:3], h[:5])
    print(np.histogram_bin_edges(walk, bins=name, range=(-5, 5)))
    print(np.histogram(x, bins=name, range=(0, 10), density=True)[0][:4])
for bad in [lambda: np.histogram(walk, bins='Auto'), lambda: np.histogram(walk, bins='auto', weights=walk), lambda: np.histogram([], bins='auto'), lambda: np.histogram([1, 2, np.inf], bins='fd'), lambda: np.histogram_bin_edges(walk, 'stone', range=(100, 200))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
