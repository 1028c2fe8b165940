class Q: pass
q = Q()
s2 = {q, q, Q()}
print(len(s2), q in s2, Q() in s2)
d2 = {q: 1}
print(d2[q], d2.get(Q()))
print(hash(q) == hash(q), hash(q) == hash(Q()))
class R:
    def __eq__(self, o): return True
try:
    {R()}
except TypeError as e:
    print(e)
class S(Q): pass
print(len({S(), S()}))
