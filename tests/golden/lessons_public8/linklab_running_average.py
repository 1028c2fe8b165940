# Source: https://github.com/linklab/link_quantum_network/blob/49bb5eee7040300cdf8b96df1beef78c61df0934/z_temp/running_average.py
# (as published; nothing cut)
import numpy as np

def running_mean(l, N):
    sum = 0
    result = list( 0 for x in l)

    for i in range( 0, N ):
        sum = sum + l[i]
        result[i] = sum / (i+1)

    for i in range( N, len(l) ):
        sum = sum - l[i-N] + l[i]
        result[i] = sum / N

    return result

if __name__ == "__main__":
    x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    N = 9
    print(running_mean(x, N))
