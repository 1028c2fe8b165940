# default_rng's refusals of seeds that are not ints, found with the Stats 507 Monte Carlo lesson
import numpy as np
for s in [2.5, np.float64(2.5), "abc", 1j, np.True_, [1.5], np.array([1.5])]:
    try:
        np.random.default_rng(s)
    except Exception as e:
        print(type(e).__name__, e)
