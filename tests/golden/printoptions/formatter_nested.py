import numpy as np

# The formatter reaches arrays inside lists, tuples, dicts, object arrays,
# format fields and pprint, beside session objects' __repr__.
class P:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"P({self.v})"
np.set_printoptions(formatter={'float': '{:.1f}'.format})
a = np.cumsum([0.25, 0.5])
print([P(1), a], (a,), {'k': a})
o = np.empty(2, dtype=object); o[0] = a; o[1] = P(2)
print(o); print(repr(o))
print(f"{a!r} {[a]}")
print("{} and {!r}".format(a, a))
print(str([a]))
import pprint
pprint.pprint({'a': a})
print(np.array_repr(a, precision=3))
