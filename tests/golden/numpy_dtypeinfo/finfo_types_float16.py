import numpy as np
f = np.finfo(np.float16)
for name in ["bits", "dtype", "eps", "epsneg", "max", "min", "tiny", "smallest_normal",
             "smallest_subnormal", "resolution", "precision", "maxexp", "minexp", "nmant",
             "nexp", "machep", "negep", "iexp"]:
    v = getattr(f, name)
    print(name, repr(v), type(v), str(v))
print(f.eps == 2.0 ** f.machep, f.epsneg == 2.0 ** f.negep)
print(1 + f.eps > 1, 1 + f.eps / 2 == 1)
print(f.max * 2)
