class BadHash:
    def __hash__(self):
        return 1 / 0

d = {}
d[BadHash()] = 1
