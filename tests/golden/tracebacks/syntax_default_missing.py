def f(a, x=):
    pass
