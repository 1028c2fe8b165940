import copy


class Point:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags

    def __repr__(self):
        return f"Point({self.x}, {self.tags})"


p = Point(1, ["a"])
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("b")
print(q, r, q is p, q.tags is p.tags, r.tags is p.tags, type(r).__name__)
print(r.__dict__)


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


n = Node("n")
n.peer = n
m = copy.deepcopy(n)
print(m.peer is m, m is n, m.name)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v * 10)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called with", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))


c = Custom([1])
print(copy.copy(c).v, copy.deepcopy(c).v)
pair = [c, c]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is c)

memo = {}
w = [1, 2]
w2 = copy.deepcopy([w, w], memo)
print(w2, id(w) in memo, memo[id(w)] is w2[0], len(memo))

try:
    copy.copy()
except TypeError as e:
    print(e)
try:
    copy.deepcopy(1, 2, 3, 4)
except TypeError as e:
    print(e)
