class Q:
    def __eq__(self, o):
        return True
class R:
    __hash__ = None
class S(Q):
    pass
class Plain:
    pass
for k in (Q, R, S):
    try:
        hash(k())
    except TypeError as e:
        print(e)
    try:
        {k(): 1}
    except TypeError as e:
        print(e)
    try:
        {k()}
    except TypeError as e:
        print(e)
