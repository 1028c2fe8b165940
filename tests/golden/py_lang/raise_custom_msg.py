import numpy as np
def check(n):
    if n < 0:
        raise ValueError(f'negative: {n}')
    return n
print(check(2))
check(-1)
