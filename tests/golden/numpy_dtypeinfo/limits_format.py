import numpy as np
for t in (np.float16, np.float32, np.float64):
    f = np.finfo(t)
    print(f"{f.eps:.3e} {f.max:g} {f.tiny!r} {f.resolution!s}")
    print("%s %r" % (f.eps, f.smallest_subnormal))
    print(str(f).splitlines()[2:4])
for t in (np.int8, np.uint32):
    i = np.iinfo(t)
    print(f"{i.min:>8} {i.max:<12}|", i.bits, i.kind, i.dtype)
    print(str(i).splitlines())
