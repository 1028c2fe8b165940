import numpy as np
names = ['negative', 'positive', 'absolute', 'fabs', 'sign', 'square', 'floor', 'ceil',
         'trunc', 'rint', 'conjugate', 'logical_not', 'signbit', 'isnan', 'isinf',
         'isfinite', 'invert']
for name in names:
    u = getattr(np, name)
    row = []
    for code in '?bBhHiIlLefdFD':
        try:
            r = u(np.ones(2, code))
            row.append(code + '>' + r.dtype.char)
        except Exception as e:
            row.append(code + '>' + type(e).__name__)
    print(name, u, u.nin, u.nout, u.nargs, u.identity, ' '.join(row))
