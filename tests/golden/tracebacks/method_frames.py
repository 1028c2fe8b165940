import numpy as np


class Account:
    def __init__(self, values):
        self.values = np.array(values)

    def running(self):
        return self.values.cumsum() + [1, 2]


acct = Account([1, 2, 3])
print(acct.running())
