import numpy as np

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: np.convolve([1,2,3],[0,1,0.5]))
show(lambda: np.convolve(np.array([100,100],np.int8),np.array([2,2],np.int8)))
show(lambda: np.convolve([True,False],[True,True]))
show(lambda: np.convolve(np.array([1,2],np.uint8),[-1]))
show(lambda: np.correlate([1+1j,2],[1j,1],'full'))
show(lambda: np.convolve(np.array([1,2],np.float32),[1,2]))
show(lambda: np.convolve(np.array([1,2],np.float16),np.array([1,2],np.float16)))
show(lambda: np.correlate([1,2,3],[1,2],'same'))
show(lambda: np.correlate([1,2],[1,2,3],'same'))
show(lambda: np.convolve([1,2],[1,2,3],'same'))
show(lambda: np.convolve([-0.0],[1.0]))
show(lambda: np.correlate([-0.0,1],[1.0,0]))
show(lambda: np.convolve(np.array([1,2],np.uint64),[-1]))
show(lambda: np.convolve(np.array([1,2],np.uint64),np.array([3],np.int64)))
