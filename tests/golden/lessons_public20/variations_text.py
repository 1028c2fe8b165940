# Variations a learner tries after the ufunc.accumulate lessons: the same calls on an array of
# text ("累計" labels instead of numbers). add refuses its <U2n> result; multiply and the other
# arithmetic ufuncs find no loop for text, in accumulate, reduce and the cumprod family alike.
import numpy as np

labels = np.array(["売上", "累計"])
calls = [
    lambda: np.cumsum(labels),
    lambda: np.cumprod(labels),
    lambda: np.cumprod(["ab", "c"]),
    lambda: np.cumprod("abc"),
    lambda: np.nancumprod(labels),
    lambda: np.cumulative_prod(labels),
    lambda: np.multiply.accumulate(labels),
    lambda: np.maximum.accumulate(labels),
    lambda: np.subtract.accumulate(labels),
    lambda: np.fmax.accumulate(["x", "yy"]),
    lambda: np.divide.accumulate(labels),
    lambda: np.power.accumulate(labels),
    lambda: np.add.accumulate(labels),
    lambda: np.add.accumulate("ab"),
    lambda: np.multiply.accumulate("ab"),
    lambda: np.multiply.reduce(labels),
    lambda: np.minimum.reduce(labels),
    lambda: np.prod(labels),
    lambda: np.prod(["a", "b", "c"]),
    lambda: np.sum(labels),
]
for f in calls:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(np.cumprod(np.array(["2", "3", "4"]).astype(int)))
# An axis out of range is reported before the missing loop.
for f in [lambda: np.cumprod(np.array([['a']]), axis=3), lambda: np.multiply.accumulate(np.array([['a']]), axis=-3), lambda: np.prod([['a']], axis=2), lambda: np.cumsum([['a']], axis=2), lambda: np.cumprod('ab', axis=1), lambda: np.cumulative_prod(np.array(['a']), axis=1), lambda: np.cumprod(np.array([['a']]), axis=1), lambda: np.nancumsum(np.array(['a']), axis=-1)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
np.cumprod(labels)
