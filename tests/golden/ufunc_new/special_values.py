import numpy as np
sp = [0.0, -0.0, np.inf, -np.inf, np.nan, 1e308, -1e308, 700.0, -745.0, 1.0, 1e-310]
for dt in [np.float64, np.float32, np.float16]:
    x = np.array(sp)
    x = x[np.isfinite(x.astype(dt)) | ~np.isfinite(x)].astype(dt)
    a = np.repeat(x, x.size)
    b = np.tile(x, x.size)
    for f in [np.logaddexp, np.logaddexp2, np.heaviside, np.nextafter, np.fmod]:
        r = f(a, b)
        print(f.__name__, r.dtype, [v.hex() for v in r.astype(np.float64).tolist()])
    for f in [np.spacing, np.deg2rad, np.rad2deg, np.degrees, np.radians]:
        r = f(x)
        print(f.__name__, r.dtype, [v.hex() for v in r.astype(np.float64).tolist()])
