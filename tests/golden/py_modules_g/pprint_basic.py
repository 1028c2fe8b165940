import pprint
import numpy as np
data = {'sums': [int(x) for x in np.cumsum(np.arange(1, 30))], 'name': 'running total', 'nested': {'b': [1, 2, [3, 4, [5, 6]]], 'a': (1,), 'c': ()}}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=50)
pprint.pp(data, width=60)
print(pprint.pformat(list(range(30)), width=20, compact=True))
s = 'The cumulative sum of an array is the running total of its elements, computed along an axis. ' * 3
pprint.pprint(s)
pprint.pprint([s, 'short'], width=50)
pprint.pprint({'doc': 'line one\nline two is a bit longer than the first\n'}, width=30)
pprint.pprint({3: 'c', 'a': 1, 2.5: None, None: 0}, width=20)
pprint.pprint({1, 5, 2, 100, 50, 25, 12}, width=10)
pprint.pprint(frozenset(range(20)), width=30)
print(pprint.saferepr({'b': 1, 'a': [1, 2]}))
pprint.pprint(10**20, underscore_numbers=True)
pprint.pprint([np.cumsum(np.arange(12)).reshape(3, 4)] * 2)
pprint.pprint([], width=1, indent=3)
pprint.pprint({}, width=1, indent=3)
