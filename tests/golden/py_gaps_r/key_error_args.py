try:
    {}['missing']
except KeyError as e:
    print(repr(e), e.args, str(e))
try:
    {1}.remove((1, 2))
except KeyError as e:
    print(repr(e), e.args, e.args[0])
d = {}
d[(1, 'a')]
