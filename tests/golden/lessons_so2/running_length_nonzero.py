# Source: https://newbe.dev/numpy-sum-running-length-of-non-zero-values (Stack Overflow "Numpy sum
# running length of non-zero values": the vectorized answer as written, with x from its sample run;
# the answer's `stops_p1[[stops_p1 < x.size]]` is the old list-wrapped mask, which NumPy now reads as
# a 2-D boolean index, so the script stops there the way it does today; prints added)
import numpy as np

x = np.array([ 0. ,  2.3,  1.2,  4.1,  0. ,  0. ,  5.3,  0. ,  1.2,  3.1,  0. ])

#Append zeros at the start and end of input array, x
xa = np.hstack([[0],x,[0]])

# Get an array of ones and zeros, with ones for nonzeros of x and zeros elsewhere
xa1 =(xa!=0)+0

# Find consecutive differences on xa1
xadf = np.diff(xa1)

# Find start and stop+1 indices and thus the lengths of "islands" of non-zeros
starts = np.where(xadf==1)[0]
stops_p1 = np.where(xadf==-1)[0]
lens = stops_p1 - starts
print(starts, stops_p1, lens)

# the same step with the mask unwrapped, as NumPy needs it today
put_m1 = stops_p1[stops_p1 < x.size]
vec = xa1[1:-1].copy()
vec[put_m1] = -lens[0:put_m1.size]
print(vec.cumsum())

# Mark indices where "minus ones" are to be put for applying cumsum
put_m1 = stops_p1[[stops_p1 < x.size]]
print(put_m1)
