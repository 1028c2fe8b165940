# Variations on the CJK tables: lining up Japanese labels by display width with
# unicodedata.east_asian_width (wide and fullwidth characters take two columns), and the
# errors its one-character argument gives.
import unicodedata
import numpy as np


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "FW" else 1 for c in s)


def pad(s, n):
    return s + " " * (n - width(s))


names = ["りんご", "バナナ", "melon", "桃", "ﾒﾛﾝ"]
qty = np.array([3, 5, 2, 7, 4], dtype=np.int8)
print(pad("品名", 10) + f"{'数':>3}{'累計':>4}")
for name, q, c in zip(names, qty, np.cumsum(qty)):
    print(pad(name, 10) + f"{q:>3}{c:>5}")
    print(f"{name:<10}|{width(name):>2}")
import unicodedata as u
import unicodedata
from unicodedata import east_asian_width
for f in [lambda: u.east_asian_width('ab'), lambda: u.east_asian_width(1), lambda: u.east_asian_width(), lambda: u.east_asian_width('a','b'), lambda: u.east_asian_width(chr=1), lambda: u.east_asian_width(''), lambda: u.east_asian_width(np.str_('漢')), lambda: u.east_asian_width(np.str_('漢字')), lambda: u.east_asian_width(None)]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
print(u.unidata_version, east_asian_width("ｱ"))
print([east_asian_width(c) for c in "Aａ가¡€→─♪😀\u0300\x00 "])
print(sum(1 for i in range(0x3000, 0x3100) if u.east_asian_width(chr(i)) == "W"))
