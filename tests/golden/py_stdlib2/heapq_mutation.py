import heapq, bisect
h = []
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        h.append(0)
        return self.v < other.v
    def __repr__(self): return f"Bad({self.v})"
h.extend([Bad(3), Bad(1)])
try:
    heapq.heapify(h)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(h))
try:
    bisect.bisect([1, 2, 3], 2, key=lambda v: 1 / 0)
except ZeroDivisionError as e:
    print(e)
def gen():
    yield 1
    yield 5
print(list(heapq.merge(gen(), [2, 3], (x for x in [0, 9]))))
