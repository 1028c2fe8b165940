# Source: https://stackoverflow.com/questions/53104756/numpy-custom-cumsum-function-with-upper-lower-limits
# (the question's data and loop version, as written; the seed from its update and prints added)
import numpy as np

np.random.seed(0)
a = np.random.randint(-100, 100, 10000)
b = a/100

def cumsum_with_limits(values):
    cumsum_values = []
    sum = 0
    for i in values:
        if sum+i <= 1 and sum+i >= -1:
            sum += i
            cumsum_values.append(sum)
        elif sum+i >= 1:
            d = 1-sum # Remainder to 1
            sum += d
            cumsum_values.append(sum)
        elif sum+i <= -1:
            d = -1-sum # Remainder to -1
            sum += d
            cumsum_values.append(sum)

    return cumsum_values

print(b[:6])
o = cumsum_with_limits(b)
print(o[:6])
print(np.round(o[:6], 2))
print(np.cumsum(b)[:6])
