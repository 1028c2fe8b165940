# repr() escapes what str.isprintable() rejects (Unicode 14.0 categories), by width.
s = "".join(chr(c) for c in range(0, 0x32000, 37) if not 0xD800 <= c < 0xE000)
print(repr(s))
print(sum(c.isprintable() for c in s), "".isprintable(), "a\xa0b".isprintable())
print(["\xa0", "x\u2028", "\U000e0001", "\ue000"], {"\ufeff": 1})
import numpy as np
print(repr(np.str_("\xa0")), np.array(["a\u200bb"]))
