# Float drift in a running total, and Python's exact alternative.
import numpy as np
from decimal import Decimal
from itertools import accumulate

steps = np.cumsum([0.1] * 10)
print(steps)
print(steps[-1], steps[-1] == 1.0, repr(steps[-1]))

total = Decimal('0')
running = []
for _ in range(10):
    total += Decimal('0.1')
    running.append(total)
print(running)
print(total, total == 1, total == Decimal('1.0'))
print(list(accumulate([Decimal('0.1')] * 10))[-1])
print(sum([Decimal('0.1')] * 10))
print(sum([0.1] * 10))
for f, d in zip(steps, running):
    print(f'{f!r:22} {d!s:5} {float(d) == f}')

# The float 0.1 is not one tenth: Decimal shows its exact binary value.
print(Decimal(0.1))
print(Decimal(steps[-1].item()))
print(Decimal(0.1) == 0.1, Decimal('0.1') == 0.1, Decimal('0.5') == 0.5)

# An object array of Decimals cumsums exactly with NumPy too.
a = np.array([Decimal('0.1')] * 10, dtype=object)
print(np.cumsum(a))
print(np.cumsum(a)[-1] == 1)
