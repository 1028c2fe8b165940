import re
import numpy as np
print(re.I, re.I | re.M, repr(re.compile('a', re.I)), re.compile('a', re.I).flags)
print(~re.I, re.I + 1, re.I == 2, hash(re.I), int(re.I), isinstance(re.I, int), re.I * 2)
print(re.I | re.M | re.S, re.I & re.M, re.I ^ 2, str(re.I), f"{re.I}", format(re.I, "d"), f"{re.M:>4}")
print(re.I.name, re.M.value, [re.X], {re.S: 1}, {16: 'x'}[re.S], re.NOFLAG, re.A | re.I, 0 | re.I, re.U)
print(re.compile("a", re.I | re.X), re.I | 64 | 2048, re.I | 1024, re.compile("a", 3).flags, re.compile("a", re.U).flags)
print(re.compile("a", 1 << 20), re.compile("(?x)a"), re.compile("(?i)a", re.M), (re.I | re.M).name)
print(np.cumsum([re.I, re.M, re.S]), sum([re.I, re.M]), True | re.I, re.I | True, bool(re.NOFLAG))
p = re.compile(r"(?P<a>x)(?P<b>y)?", re.I)
print(type(p), type(p.match("x")), p.groupindex, p.groupindex['a'], len(p.groupindex))
print(type(re.I), type(re.I).__name__, isinstance(re.M, int), type(re.I | re.M) is type(re.S))
