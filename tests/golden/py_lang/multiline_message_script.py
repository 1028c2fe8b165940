import numpy as np

def check(total):
    if total != 7:
        raise AssertionError(f"\nwrong total\n got: {total}\n    want: 7")

print(np.cumsum([1, 2, 3]))
check(np.cumsum([1, 2, 3])[-1])
