import numpy as np

b = np.arange(6).reshape(2, 3)
c = np.cumsum(np.arange(1, 25)).reshape(2, 3, 4)
for order in ["C", "F", "A", "K", "f", "a", "k"]:
    print(order, b.flatten(order), b.T.flatten(order), b.ravel(order=order), np.ravel(b.T, order))
    print(c.flatten(order)[:8], c.transpose(2, 0, 1).ravel(order)[:8], c[:, ::-1, ::2].ravel(order))
    print(b[::-1].ravel(order), b[:, ::-1].flatten(order), b[::-1, ::-1].T.ravel(order))
z = np.broadcast_to(np.arange(3), (2, 3))
print(z.ravel("K"), z.flatten("K"), z.ravel("F"))
y = np.arange(6).reshape(1, 2, 3).transpose(2, 0, 1)
print(y.ravel("K"), y.ravel("A"), y.ravel("F"))
a = np.arange(24).reshape(2, 3, 4).transpose(1, 0, 2)[:, ::-1]
print(a.ravel("K"), a.flatten("K"))
# ravel is a view where the order reads memory contiguously, flatten never
r = b.T.ravel("F")
r[0] = 100
print(b)
f = b.T.flatten("F")
f[1] = -1
print(b, f)
print(np.shares_memory(b.T.ravel("K"), b), np.shares_memory(b.T.ravel("C"), b), np.shares_memory(b.ravel("A"), b))
print(np.cumsum(b.T.ravel("F")), np.cumsum(b, axis=None).reshape(3, 2))
print(np.arange(4.0).reshape(2, 2).ravel(order="F").dtype)
for bad in ["X", "CF", "", 3, None]:
    try:
        print(repr(bad), b.ravel(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
