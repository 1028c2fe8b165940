import numpy as np
# Source: https://newbedev.com/numpy-scipy-equivalent-of-r-ecdf-x-x-function (the first answer, as
# written but without statsmodels' ECDF and the plots: the two functions' results are printed;
# the answer's `np.cumsum(1 for _ in x)/float(len(x))` is left out: NumPy makes an object array
# of the generator and then fails to divide it, npcalc refuses the object array)
grades = (93.5,93,60.8,94.5,82,87.5,91.5,99.5,86,93.5,92.5,78,76,69,94.5,
89.5,92.8,78,65.5,98,98.5,92.3,95.5,76,91,95,61)
def ecdf_wrong(x):
    xs = np.sort(x) # need to be sorted
    ys = np.cumsum(xs)/np.sum(xs) # normalize so sum == 1
    return (xs,ys)
def ecdf(x):
    xs = np.sort(x)
    ys = np.arange(1, len(xs)+1)/float(len(xs))
    return xs, ys
xs, ys = ecdf_wrong(grades)
print(xs)
print(ys)
xs, ys = ecdf(grades)
print(ys)
