class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

pts = [Point(1, 2), Point(3, 4), Point(1, 2), Point(0, 0), Point(3, 4)]
unique = set(pts)
print(len(unique), unique)
print(Point(0, 0) in unique, Point(9, 9) in unique, 1 in unique)
s = {Point(i, i) for i in range(8)}
print(s)
s.add(Point(3, 3))
s.discard(Point(4, 4))
s.remove(Point(5, 5))
print(len(s), s)
a = {Point(1, 1), Point(2, 2), Point(3, 3)}
b = {Point(2, 2), Point(3, 3), Point(4, 4)}
print(a | b)
print(a & b)
print(a - b, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b))
print(a <= b, {Point(2, 2)} <= b, a == {Point(3, 3), Point(2, 2), Point(1, 1)})
print(frozenset(a) == frozenset([Point(1, 1), Point(2, 2), Point(3, 3)]))
c = set(a)
c |= b
c -= {Point(1, 1)}
print(sorted(c, key=lambda p: p.x))
try:
    s.remove(Point(100, 100))
except KeyError as e:
    print('KeyError', e)
