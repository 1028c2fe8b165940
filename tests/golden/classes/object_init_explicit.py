# Older tutorials call object.__init__(self) by name in a class's __init__.
class Account:
    def __init__(self, balance):
        object.__init__(self)
        self.balance = balance


acct = Account(100)
print(acct.balance, object.__init__(acct))
try:
    object.__init__(acct, 1)
except TypeError as e:
    print(e)


class Plain:
    pass


try:
    object.__init__(Plain(), x=1)
except TypeError as e:
    print(e)
