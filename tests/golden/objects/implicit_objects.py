import numpy as np
# Object arrays NumPy discovers (None, ints past 64 bits, dicts), cumsum of huge ints, builders with dtype=object.
cases = [
    ('np.array([2**63, -1])', lambda: np.array([2**63, -1])),
    ('np.array([2**64, 1])', lambda: np.array([2**64, 1])),
    ('np.array([None, 1])', lambda: np.array([None, 1])),
    ('np.array([[1, None], [2, 3]])', lambda: np.array([[1, None], [2, 3]])),
    ('np.cumsum([2**64, 1])', lambda: np.cumsum([2**64, 1])),
    ('np.cumsum([2**63, 2**63])', lambda: np.cumsum([2**63, 2**63])),
    ('np.array([1, "a", None])', lambda: np.array([1, "a", None])),
    ('np.cumsum([10**20, 5])', lambda: np.cumsum([10**20, 5])),
    ('np.array([{1: 2}])', lambda: np.array([{1: 2}])),
    ('np.array([2**64])*2', lambda: np.array([2**64])*2),
    ('np.sum([2**64, 1])', lambda: np.sum([2**64, 1])),
    ('np.add.accumulate([2**70, 1])', lambda: np.add.accumulate([2**70, 1])),
    ('np.cumprod([2**40, 2**40])', lambda: np.cumprod([2**40, 2**40])),
    ('np.cumprod([2**40, 2**40, 2**40], dtype=object)', lambda: np.cumprod([2**40, 2**40, 2**40], dtype=object)),
    ('np.array([[1, None], [2]])', lambda: np.array([[1, None], [2]])),
    ('np.asarray([None])', lambda: np.asarray([None])),
    ('np.cumsum([[10**20, 1], [2, 3]], axis=0)', lambda: np.cumsum([[10**20, 1], [2, 3]], axis=0)),
]
for s, f in cases:
    try:
        print(s, '->', repr(f()))
    except Exception as e:
        print(s, '->', type(e).__name__, e)
fact = np.cumprod(np.arange(1, 30, dtype=object))
print(fact[-1], type(fact[-1]))
print(np.array([1, 2, 3]).astype(object).cumprod())
print(repr(np.zeros(3, dtype=object)), repr(np.ones((2, 2), dtype=object)), repr(np.empty(2, dtype=object)), repr(np.full(2, 7, dtype=object)), repr(np.arange(0.5, 2, dtype=object)))
