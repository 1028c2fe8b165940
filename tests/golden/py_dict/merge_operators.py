base = {'a': 1, 'b': 2}
alias = base
extra = {'b': 20, 'c': 3}
print(base | extra, base)
base |= extra
print(base, alias is base, alias)
base |= [('d', 4)]
print(alias)
try:
    base | [('e', 5)]
except TypeError as e:
    print(e)
