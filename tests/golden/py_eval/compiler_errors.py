for src in ["return 1", "break", "continue", "nonlocal x", "x = 1\nreturn x"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(repr(src), "->", e)
l = {}
print(eval("(y := 5)", {}, l), l)
g = {}
exec("print([z := 2, z + 1])", g)
print(g["z"])
