import numpy as np

print(np.geterr())
old = np.seterr(all='ignore')
print(old)
print(np.geterr())
print(np.array([1.0, -1.0]) / 0)
np.seterr(**old)
print(np.geterr())
print(np.seterr(divide='raise', over='ignore'))
try:
    np.array([1.0]) / 0
except FloatingPointError as ex:
    print("raised:", ex)
np.seterr(all='warn')
print(np.geterr())
np.seterr(under='ignore')
for bad in ['foo', 'Raise']:
    try:
        np.seterr(divide=bad)
    except ValueError as ex:
        print(type(ex).__name__, ex)
try:
    with np.errstate(invalid='nope'):
        pass
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    np.errstate(foo='ignore')
except TypeError as ex:
    print(type(ex).__name__, ex)
print(np.seterr('ignore'))
print(np.geterr())
