# float64 np.power on contiguous arrays, as NumPy 2.4.6 computes it with
# SVML's __svml_pow8_ha on an AVX-512 CPU: one "x y result" line of hex
# bits per pair. `svml::pow::tests` runs this when NPCALC_ORACLE_PYTHON is
# set (argv[1]: a seed) and compares every line.
import sys
import numpy as np

rng = np.random.default_rng(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
N = 20000

def binades(n, lo=-1074, hi=1023):
    return rng.uniform(1, 2, n) * np.exp2(rng.integers(lo, hi + 1, n).astype(float))

def signed(v):
    return v * rng.choice([-1.0, 1.0], v.size)

xs, ys = [], []
def add(x, y):
    x, y = np.broadcast_arrays(np.asarray(x, float), np.asarray(y, float))
    xs.append(x.ravel()); ys.append(y.ravel())

# Positive x in every binade; y ordinary, integer, half-integer, large, tiny.
add(binades(N), rng.uniform(-4, 4, N))
add(rng.uniform(0, 10, N), rng.uniform(-50, 50, N))
add(rng.uniform(0.5, 2, N), rng.uniform(-1000, 1000, N))
add(binades(N, -20, 20), rng.integers(-60, 61, N))
add(binades(N, -30, 30), rng.integers(-200, 201, N) / 2)
add(1 + rng.uniform(-1e-6, 1e-6, N), signed(binades(N, 10, 60)))
add(binades(N), signed(binades(N, -1074, -20)))
add(binades(N, -5, 5), signed(binades(N, 20, 1023)))
# Negative x: integer powers (odd and even), non-integers, huge even ones.
add(-binades(N, -40, 40), rng.integers(-40, 41, N))
add(-binades(N // 4, -40, 40), rng.uniform(-5, 5, N // 4))
add(-binades(N // 4, -1, 1), signed(np.exp2(rng.integers(53, 70, N // 4).astype(float))))
# Near the overflow and underflow thresholds: y log2 x close to 1024,
# -1022 and -1075 (and the rare path's own boundaries).
x = binades(N, -60, 60)
x = x[np.abs(np.log2(x)) > 1e-3][: N // 2]
for t in [1024, 1021.5, -1021, -1022, -1032, -1074, -1075, -1084, -1090]:
    k = x.size
    add(x, t / np.log2(x) * (1 + rng.uniform(-2e-3, 2e-3, k)))
    add(-x, np.round(t / np.log2(x)))
# Subnormal x, x = +-1, tiny |y log2 x|.
add(rng.integers(1, 2**52, N // 4) * 5e-324, rng.uniform(-1.2, 1.2, N // 4))
add(binades(N // 4, -3, 3), signed(binades(N // 4, -80, -50)))
# Special values against each other and against ordinary ones.
sp = np.array([0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 2.5, np.inf, -np.inf,
               np.nan, -np.nan, 5e-324, -5e-324, 1.7976931348623157e308, 1e-310, 2.0**53, 2.0**53 + 2,
               -(2.0**53 + 1) + 2, 1 + 2.0**-52, 1 - 2.0**-53, 0.1, -7.0, 1024.0, -1075.0])
a, b = np.meshgrid(sp, sp)
add(a, b)
add(rng.choice(sp, N // 4), rng.uniform(-3, 3, N // 4))
add(rng.uniform(-3, 3, N // 4), rng.choice(sp, N // 4))

x = np.concatenate(xs)
y = np.concatenate(ys)
with np.errstate(all="ignore"):
    r = np.power(x, y)
out = sys.stdout
for a, b, c in zip(x.view(np.uint64).tolist(), y.view(np.uint64).tolist(), r.view(np.uint64).tolist()):
    out.write(f"{a:x} {b:x} {c:x}\n")
