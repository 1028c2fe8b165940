for src in ["x = 1", "1 +", "import os", "1; 2", "  x += 1", "", "1\n2", "x: int = 3", "(1,\n2 +", "if 1: pass"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), "->", e)
for src in ["  x = 1", "x = (", "for i in range(3):\n    print(i)\n  print(2)", "1 +"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e)
for args in [(1,), (None,), ("1", 5), ("1", {}, 5), ("1", [1])]:
    try:
        eval(*args)
    except TypeError as e:
        print("eval", e)
for args in [(1,), ("1", 5), ("1", {}, 5)]:
    try:
        exec(*args)
    except TypeError as e:
        print("exec", e)
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print("caught", e)
try:
    exec("raise ValueError('inside')")
except ValueError as e:
    print("caught", e)
eval("undefined_name + 1")
print("after")
