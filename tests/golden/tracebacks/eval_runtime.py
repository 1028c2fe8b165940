def h(n):
    return eval("n + undefined_name")


h(1)
