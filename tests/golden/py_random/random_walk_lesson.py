import random
import numpy as np
random.seed(42)
steps = [random.choice([-1, 1]) for _ in range(1000)]
position = 0
walk = []
for s in steps:
    position += s
    walk.append(position)
print(walk[:20], walk[-5:])
cs = np.cumsum(steps)
print(cs[:20], cs[-5:])
print((np.array(walk) == cs).all(), cs.max(), cs.min(), cs.dtype)
print(np.argmax(np.abs(cs) >= 10))
