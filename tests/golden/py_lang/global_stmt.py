import numpy as np
total = 0
def add(x):
    global total
    total += x
add(5); add(6)
print(total)
