# An empty numeric array ordered against text fails promotion as a full one does; against None the object loop compares nothing.
import numpy as np
for a in (np.arange(3), np.arange(3)[:0], np.zeros((0, 2))):
    for v in ('a', None):
        try:
            print(repr(a < v))
        except Exception as e:
            print(type(e).__name__, e)
