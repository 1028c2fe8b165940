import numpy as np
# Source: Stack Overflow "Cumulative counts in NumPy without iteration" (Dec 2015) as stored in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (the answer's rcount, its >>> lines
# and the sanity test, as written; prints added for the echoed values)
def rcount(a):
    without_reset = (a == 1).cumsum()
    reset_at = (a == 0)
    overcount = np.maximum.accumulate(without_reset * reset_at)
    result = without_reset - overcount
    return result

a = np.array([0.1, 0.2, 1.0, 1.0, 1.0, 0.9, 0.6, 1.0, 0.0, 1.0])
print(repr(rcount(a)))
without_reset = (a == 1).cumsum()
reset_at = (a == 0)
print(repr(without_reset * reset_at))
print(repr(np.maximum.accumulate(without_reset * reset_at)))

def manual(arr):
    out = []
    count = 0
    for x in arr:
        if x == 1:
            count += 1
        if x == 0:
            count = 0
        out.append(count)
    return out

def test():
    for w in [1, 2, 10, 10**4]:
        for trial in range(100):
            for vals in [0,1],[0,1,2]:
                b = np.random.choice(vals, size=w)
                assert (rcount(b) == manual(b)).all()
    print("hooray!")

test()
