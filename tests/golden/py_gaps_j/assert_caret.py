def f(n):
    assert n > 0, f"n must be positive, got {n}"
    return n


print(f(2))
try:
    f(-1)
except AssertionError as e:
    print("caught", e)
f(-1)
