s = "eval(s)"
try:
    eval(s)
except RecursionError as e:
    print(e)
print(eval("1"))
