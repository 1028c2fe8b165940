import numpy as np
def f(x):
    """Double x."""
    return 2 * x
print(f(4))
