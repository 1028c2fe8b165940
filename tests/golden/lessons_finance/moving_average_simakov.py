import numpy as np
# Source: numpy-discussion "Moving Average and Moving Standard Deviation" (Denis Simakov, Dec 2006) as
# stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (as written)
A = np.arange(10.0)
w = 2  # window length
C = np.zeros_like(A)

B = A.cumsum()
C[w:] = (B[w:] - B[:-w]) / w  # running average
C[:w] = B[:w] / np.arange(1, w+1)  # average for first elements

print(np.vstack((A, C)))
