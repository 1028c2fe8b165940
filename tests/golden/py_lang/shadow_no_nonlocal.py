import numpy as np
def outer():
    x = 1
    def inner():
        x = 2
        return x
    inner()
    return x
print(outer())
