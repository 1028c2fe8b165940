import numpy as np

with np.errstate(all='raise'):
    for f in [lambda: np.array([1.0]) / 0,
              lambda: np.float64(1) / 0,
              lambda: np.array([1e308]) * 10,
              lambda: np.array([0.0, 1.0]) / 0,
              lambda: np.cumsum([1e308, 1e308]),
              lambda: np.sqrt(np.array([-1.0])),
              lambda: np.log(0.0),
              lambda: np.array([np.nan]).astype(int),
              lambda: np.array([2.0]) ** 10000,
              lambda: np.int64(2) ** 70]:
        try:
            print(f())
        except FloatingPointError as ex:
            print(type(ex).__name__, ex)
    a = np.array([1.0, 2.0])
    try:
        a /= 0
    except FloatingPointError as ex:
        print(type(ex).__name__, ex)
    print(a)
with np.errstate(divide='warn', invalid='raise'):
    try:
        np.array([0.0, 1.0]) / 0
    except FloatingPointError as ex:
        print(type(ex).__name__, ex)
with np.errstate(over='raise'):
    try:
        np.array([100], dtype=np.int8) * 2
        print(np.array([1e308, 1e308]) + np.array([1e308, 0.0]))
    except FloatingPointError as ex:
        print(type(ex).__name__, ex)
def f():
    with np.errstate(divide='raise'):
        return np.log(np.zeros(2))
try:
    f()
except FloatingPointError as ex:
    print("f:", ex)
print(np.geterr())
np.array([1.0]) / 0
