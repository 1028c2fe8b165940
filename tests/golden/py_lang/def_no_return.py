import numpy as np
def f():
    x = 1
print(f())
