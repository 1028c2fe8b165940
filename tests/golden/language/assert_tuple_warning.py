x = 1
assert(x, "msg")
assert (x, "y"), "z"
assert ()
for i in range(2):
    assert (i,)
print("ok")
