exec("def f():\n    print(x)\n    nonlocal x")
