import numpy as np
# Source: "How to Calculate Rolling / Moving Average Using Python + NumPy / SciPy" (Martin, 2022) as
# stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (convolve version and the
# generator that replicates it, as written)
def moving_average(x, w):
    return np.convolve(x, np.ones(w), 'valid') / w

x = np.array([5, 3, 8, 10, 2, 1, 5, 1, 0, 2])

print(moving_average(x, 2))
print(moving_average(x, 4))

def mov_avg(x, w):
    for m in range(len(x)-(w-1)):
        yield sum(np.ones(w) * x[m:m+w]) / w

print(list(mov_avg(x, 2)))
