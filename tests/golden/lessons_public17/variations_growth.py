# Variations a learner tries after the percentage-growth lessons (thinbug_pct_range_zh,
# codepudding_pct_increments, gptteams_pct_cumprod) and the queue lesson (vanforeest_queue_io):
# np.full with float or negative sizes, cumprod over an axis, dtype= and out=, negative rates,
# np.fromiter with count=, and f-string format specs on NumPy scalars.
import math
import numpy as np


def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


show("full float", lambda: np.full(2.0, 1.02))
show("full float tuple", lambda: np.full((2, 3.5), 1.02))
show("full negative", lambda: np.full(-1, 1.02))
show("full np.float64", lambda: np.full(np.log(2.0) / np.log(1.02), 1.02))
show("full int()", lambda: np.full(int(np.log(2.0) / np.log(1.02)), 1.02).cumprod()[-1])
show("full round", lambda: np.full(round(np.log(2.0) / np.log(1.02)), 1.02).cumprod()[-1])
show("empty float", lambda: np.empty(3.0))
show("repeat float count", lambda: np.repeat(1.05, 3.0))
show("cumprod axis0", lambda: np.cumprod(np.full((3, 2), [1.1, 0.9]), axis=0))
show("cumprod axis1", lambda: np.cumprod(np.full((2, 3), 1.5), axis=1))
show("cumprod axis -1", lambda: np.full((2, 3), 2).cumprod(axis=-1))
show("cumprod int8", lambda: np.cumprod(np.full(8, 3), dtype=np.int8))
show("cumprod float32", lambda: np.cumprod(np.full(4, 1.1), dtype=np.float32))
out = np.zeros(4)
show("cumprod out", lambda: np.cumprod(np.full(4, 1.05), out=out) is out)
show("cumprod out int", lambda: np.cumprod(np.full(4, 1.05), out=np.zeros(4, dtype=int)))
show("negative rate", lambda: 100 * np.cumprod(1 + np.array([0.05, -0.10, -0.2, 0.15])))
show("empty", lambda: np.cumprod(np.array([])))
show("cumulative_prod", lambda: np.cumulative_prod(np.full(3, 1.05), include_initial=True))
show("typo", lambda: np.cumprod(np.full(3, 1.05), axsi=0))
show("fromiter count", lambda: np.fromiter((1.02 ** k for k in range(10)), float, count=4))
show("fromiter short", lambda: np.fromiter((k for k in range(2)), float, count=4))
show("fromiter no dtype", lambda: np.fromiter(iter([1, 2])))
show("math.log base", lambda: math.ceil(math.log(2, 1.07)))
show("math.log zero", lambda: math.log(0, 1.07))
show("math.log base 1", lambda: math.log(2, 1))
xs = 100 * np.full(5, 1.02).cumprod()
for v in xs:
    print(f"{v:8.2f} {v:.3e} {v:,.1f} {v:>10.4} {float(v):g}")
print(f"{xs[-1]!r} {xs.sum():.2f} {xs.argmax():03d} {len(xs):x}")
a = [0, 4, 7, 3, 1, 5]
print(np.cumsum(a) - np.cumsum([0, 3, 3, 3, 3, 3]).clip(max=np.cumsum(a)))
print(np.minimum.accumulate(np.array(a[::-1]))[::-1])
for call in ["np.fromiter()", "np.fromiter(iter([1]), float, 1, 2)",
             "np.fromiter(iter([1]), float, cnt=1)", "np.fromiter(iter([1]), float, dtype=int)",
             "np.fromiter(iter=[1, 2], dtype=int)"]:
    show(call, lambda: eval(call))
