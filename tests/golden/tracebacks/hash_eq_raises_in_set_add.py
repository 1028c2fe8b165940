class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise RuntimeError('cannot compare')

s = {BadEq()}
s.add(BadEq())
