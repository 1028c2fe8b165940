# np.arange with string bounds: NumPy finds no arange loop for StrDType
# (before any subtraction), and reads an unknown dtype= first.
import numpy as np
for a, kw in [(('2024-01-01', '2024-01-06'), {}), (('a',), {}), ((0, 'b'), {}),
              ((1, 5, 1, 'foo'), {}), (('a', 'b'), {'dtype': 'foo'})]:
    try:
        print(np.arange(*a, **kw))
    except TypeError as e:
        print("TypeError:", e)
