import numpy as np
def make_adder(k):
    return lambda x: x + k
add3 = make_adder(3)
print(add3(10))
