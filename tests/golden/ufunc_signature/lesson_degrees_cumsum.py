import numpy as np
# A robot turns by these angles (radians); where does it point?
angles = np.array([np.pi / 2, np.pi / 4, -np.pi / 8, np.pi])
heading = np.degrees(np.cumsum(angles))
print(repr(heading))
print(repr(np.fmod(heading, 360)), repr(np.remainder(heading, 360)))
print(repr(np.radians(heading)))
turns, rest = np.divmod(heading, 360)
print(repr(turns), repr(rest))
print(repr(np.sin(np.radians(heading), where=heading > 0, out=np.zeros(4))))
