try:
    raise ValueError('a', 2)
except ValueError as e:
    print(e.args, str(e), repr(e))
print(ValueError(3).args, ValueError().args, KeyError('k').args)
print(str(KeyError('k', 1)), repr(KeyError('k', 1)))
e = TypeError([1, 2], None)
print(e.args[0], e.args[1], len(e.args))


class MyErr(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


try:
    raise MyErr('bad', 3)
except MyErr as e:
    print(e.args, str(e), repr(e), e.code)
raise ValueError('a', 2)
