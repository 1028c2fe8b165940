import numpy as np
for n in ["logaddexp", "logaddexp2", "deg2rad", "rad2deg", "degrees", "radians", "heaviside", "nextafter", "spacing", "fmod"]:
    u = getattr(np, n)
    print(repr(u), u.__name__, u.nin, u.nout, u.nargs, u.identity, u.ntypes, u.types)
print(np.degrees is np.rad2deg, np.radians is np.deg2rad)
