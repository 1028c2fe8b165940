import random
import numpy as np
random.seed(5)
steps = [1] * 10 + [-1] * 10
random.shuffle(steps)
print(steps)
print(np.cumsum(steps))
deck = list('abcdefgh')
random.shuffle(deck)
print(deck)
a = np.arange(10)
random.shuffle(a)
print(a, np.cumsum(a))
t = []
random.shuffle(t)
print(t)
