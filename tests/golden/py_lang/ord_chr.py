# ord() and chr(): CPython's checks and messages
import numpy as np
print(ord('A'), ord('€'), ord(np.str_('z')), chr(65), chr(0x263A), chr(np.int64(97)), chr(True))
print([chr(ord(c) + 1) for c in 'HAL'])
print(''.join(chr(x) for x in range(97, 102)))
for bad in ['ab', '', 5, 2.5, None]:
    try:
        ord(bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [-1, 0x110000, 2**40, 1.5, '1']:
    try:
        chr(bad)
    except Exception as e:
        print(type(e).__name__, e)
names = np.array(['Mary', 'Bar', 'Joe', 'Jane'])
print(np.vectorize(lambda s: ord(s[0]), otypes=[float])(names))
