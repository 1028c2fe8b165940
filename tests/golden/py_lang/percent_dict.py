import numpy as np
print("%(name)s has %(n)d" % {"name": "a", "n": 3})
print("%5s|%-5d|%+.2e|%r" % ("x", 42, 12345.6789, "q"))
