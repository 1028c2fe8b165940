# RandomState.get_state/set_state: the legacy tuple, a round trip, Python's random state words, and the errors
import random
import numpy as np
r = np.random.RandomState(5)
r.standard_normal()
st = r.get_state()
print(st[0], st[1].dtype, st[1][:3], st[2], st[3], st[4])
a = r.standard_normal(3)
r.set_state(st)
print(np.array_equal(a, r.standard_normal(3)))
py = random.Random(1)
_, keys, _ = py.getstate()
r.set_state(('MT19937', keys[:-1], 624, 0, 0.0))
print(r.uniform(-1, 1, 4), r.randint(0, 100, 3))
r.set_state(list(st[:3]))
print(r.random_sample(2))
np.random.set_state(st)
print(np.random.get_state()[2], np.random.rand())
for bad in [5, ('PCG64', st[1], 1), {'bit_generator': 'MT19937'}]:
    try:
        r.set_state(bad)
    except Exception as e:
        print(type(e).__name__, e)

# an unseeded RandomState() is an _MT19937() (position 623); seed(None) keeps the position
print(np.random.RandomState().get_state()[2], np.random.RandomState(None).get_state()[2], np.random.RandomState(5).get_state()[2], np.random.get_state()[2])
np.random.seed()
print(np.random.get_state()[2])
r = np.random.RandomState(3)
r.seed()
print(r.get_state()[2], r.get_state()[1][0])
