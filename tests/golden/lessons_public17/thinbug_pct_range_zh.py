# Modeled on: https://thinbug.com/q/45234987
# (written for npcalc after the Chinese Q&A page, not copied: a numpy range grown by a fixed
# percentage, by a generator with np.fromiter and np.array(list(...)), by
# 100 * np.full(n, 1.02).cumprod() (whose float n raises the TypeError the answer mentions, fixed
# with int()), and by the loop that appends start * np.full(1, 1.02).cumprod())
import numpy as np


def pct_incrementer(start, stop, step_pct):
    val = start
    yield val
    while True:
        val += val * step_pct
        if val >= stop:
            break
        yield val


print(np.array(list(pct_incrementer(100, 200, 0.02)))[:6])
xs0 = np.fromiter(pct_incrementer(100, 200, 0.02), float)
print(len(xs0), xs0[-1])

try:
    xs = 100 * np.full(np.log(2.0) / np.log(1.02), 1.02).cumprod()
except TypeError as e:
    print("TypeError:", e)

xs = 100 * np.full(int(np.log(2.0) / np.log(1.02)), 1.02).cumprod()
print(len(xs), xs[-1])
xs1 = 100 * np.full(5, 1.02).cumprod()
print(repr(xs1))

start = 120
end = 255
display = [start]
while True:
    xs1 = start * np.full(1, 1.02).cumprod()
    if xs1.item(0) >= end:
        break
    else:
        display.append(xs1.item(0))
        start = xs1.item(0)
display = [round(elem, 2) for elem in display]
print(display[:5], display[-1], len(display))
