import numpy as np

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: np.convolve(3,[1,2]))
show(lambda: np.correlate(3,[1,2]))
show(lambda: np.correlate([1,2],3))
show(lambda: np.convolve([[1,2]],[1]))
show(lambda: np.correlate([[1,2]],[1]))
show(lambda: np.convolve([],[1]))
show(lambda: np.convolve([1],[]))
show(lambda: np.correlate([],[1]))
show(lambda: np.correlate([1],[]))
show(lambda: np.convolve([1,2],[1],mode='bad'))
show(lambda: np.correlate([1,2],[1],mode='bad'))
show(lambda: np.convolve([1,2],[1],mode=3))
show(lambda: np.convolve([1,2],[1],mode=1))
show(lambda: np.convolve([1,2],[1],mode='f'))
show(lambda: np.convolve([1,2],[1],mode='SAME'))
show(lambda: np.convolve([1,2],[1],mode=None))
show(lambda: np.convolve([1,2],[1,2],'v'))
show(lambda: np.convolve([1,2],[1,2],mode=2.0))
show(lambda: np.correlate([1,2],[1,2],mode=-1))
show(lambda: np.convolve([1,2],[1.0],'full',1))
