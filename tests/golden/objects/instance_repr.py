import numpy as np
# Object arrays of session objects print with their classes' __repr__ / __str__.
class C:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"C({self.n})"
    def __str__(self):
        return f"<{self.n}>"
a = np.array([C(1), C(2)])
print(repr(a))
print(a, str(a))
print([a], (a,))
print(np.array(C(3), dtype=object), repr(np.array(C(3), dtype=object)))
m = np.array([[C(1), [C(2)]], [None, 'x']], dtype=object)
print(repr(m))
print(f"{a}", "%s" % (a,), f"{a!r}")
a
