import numpy as np
import warnings
warnings.simplefilter('always')
# NumPy reads the CPU's sticky underflow flag after its loops: a tiny
# inexact result (a subnormal, or zero from a nonzero product) underflows.
def t(f):
    try:
        with np.errstate(under='raise'):
            r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: np.ones(3, 'int32') / np.array(1e308))
t(lambda: np.ones(3) / np.array(1e300))
t(lambda: np.array([1e-200]) * np.array([1e-200]))
t(lambda: np.array([1e-300]) * 1e-300)
t(lambda: np.float64(1e-300) * np.float64(1e-300))
t(lambda: np.array([5e-324]) * 0.5)
t(lambda: np.array([5e-324]) * 1.0)
t(lambda: np.array([1e-40], 'float32') + np.float32(0))
t(lambda: np.array([1e-300]).astype('float32'))
t(lambda: np.array([1.0, 2.0], 'float32') ** np.array([200.0, -200.0], 'float32'))
t(lambda: np.array([2.0]) ** -1080)
t(lambda: np.array([1e-160]) ** 2)
t(lambda: np.array([3.0]) // 1e308)
t(lambda: np.array([1e-310]) - np.array([1e-310]))
x = np.array([1e-300, 1.0]); 
with np.errstate(under='warn'):
    x *= 1e-300
print(x)
# Remainder runs only its own operations: no quotient underflows.
for k in [dict(all='raise'), dict(under='raise')]:
    try:
        with np.errstate(**k):
            print(np.remainder(np.array([[0, 1, 3]]), [float('nan'), 0.0, 1e308], casting='safe'))
    except FloatingPointError as e:
        print(type(e).__name__, e)
with np.errstate(under='raise'):
    print(np.remainder(np.array([1.0, -1.0, 3.0]), 1e308), np.fmod(1.0, np.array([1e308])))
    print(np.divmod(np.array([7.5, -7.5]), 2.0), np.array([7.5]) // -2.0)
