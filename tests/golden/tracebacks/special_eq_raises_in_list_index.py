class A:
    def __eq__(self, o):
        return 1 / 0
    def __hash__(self):
        return 1

x = [A()]
x.index(A())
