import numpy as np
def make():
    s = 0
    def push(v):
        nonlocal s
        s += v
        return s
    return push
p = make()
print([p(v) for v in [1, 2, 3, 4]])
