from collections import deque
import numpy as np
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft('ab')
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
w = deque(maxlen=3)
for i in range(6):
    w.append(i)
    print(w, sum(w) / len(w))
print(w.maxlen, deque().maxlen, deque('xyz', 2), deque(range(5), maxlen=0))
w.appendleft(-1); print(w, list(w), np.array(w), w.count(3))
w.remove(3); print(w, w == deque([-1, 4]), bool(deque()))
c = w.copy(); c.reverse(); print(c, w)
for make in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque(maxlen=-1), lambda: deque([1]).remove(9), lambda: {deque()}]:
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
