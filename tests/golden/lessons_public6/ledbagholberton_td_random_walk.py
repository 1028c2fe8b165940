# Source: https://github.com/ledbagholberton/holbertonschool-machine_learning/blob/158de889c5ca3859e3f1ef58fea2f982dece4e6b/reinforcement_learning/0x02-temporal_difference/00-TD_1.py
# (as published; nothing cut)
#!/usr/bin/env python3
from random import seed
from random import random
from matplotlib import pyplot
"""
Generating a Randon Walk
"""
seed(4)
RandomWalk = list()
RandomWalk.append(-1 if random() < 0.5 else 1)
pyplot.plot(RandomWalk)
for i in range(1, 1000):
    Zn = -1 if random() < 0.5 else 1
    Xn = RandomWalk[i-1] + Zn
    RandomWalk.append(Xn)
pyplot.plot(RandomWalk)
pyplot.show()
