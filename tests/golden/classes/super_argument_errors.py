class W:
    pass
w = W()
for args, kw in [((W, w, 3), {}), ((1, 2, 3, 4), {}), ((), {'type': W}), ((W,), {'x': 1})]:
    try:
        super(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
