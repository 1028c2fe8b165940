import numpy as np


def running_total(xs):
    return np.cumsum(xs)


print(__name__)
print(type(__name__).__name__, __name__ == "__main__")
if __name__ == "__main__":
    print(running_total([1, 2, 3]))
else:
    print("imported")
