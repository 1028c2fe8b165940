# Source: https://errorhandle.ai/how-would-i-compute-a-summed-area-table-in-python
# (summed-area table as cumsum along axis 0 then axis 1). Adapted: added the region-sum
# query the page offers in its closing sentence, written with the four-corner rule.
import numpy as np

def compute_summed_area_table(matrix):
    sat = np.cumsum(np.cumsum(matrix, axis=0), axis=1)
    return sat

matrix = np.array([[1, 2, 3],
                   [4, 5, 6],
                   [7, 8, 9]])

sat = compute_summed_area_table(matrix)
print(sat)

def region_sum(sat, r0, c0, r1, c1):
    total = sat[r1, c1]
    if r0 > 0:
        total -= sat[r0 - 1, c1]
    if c0 > 0:
        total -= sat[r1, c0 - 1]
    if r0 > 0 and c0 > 0:
        total += sat[r0 - 1, c0 - 1]
    return total

print(region_sum(sat, 1, 1, 2, 2), matrix[1:3, 1:3].sum())
print(region_sum(sat, 0, 1, 1, 2), matrix[0:2, 1:3].sum())
padded = np.pad(sat, ((1, 0), (1, 0)))
print(padded)
print(sat.dtype, sat.shape, padded.shape)
