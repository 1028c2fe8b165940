# float16 inputs and NumPy's cumsum / cumprod of them, as hex bit patterns.
import numpy as np, warnings
warnings.simplefilter("ignore")
x = (np.random.default_rng(7).standard_normal(300) * 3).astype(np.float16)
x[::7] = np.float16(1.001)
for r in (x, np.cumsum(x), np.cumprod(x)):
    print(" ".join(f"{v:04x}" for v in r.view(np.uint16)))
