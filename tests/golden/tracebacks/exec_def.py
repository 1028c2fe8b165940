exec("def f(x):\n    return 1 / x\n")
f(0)
