import numpy as np
a = np.array([1, 2, 3])
f = np.array([-1.5, 0.0, 2.5])
print(repr(np.logaddexp(a, a)), repr(np.logaddexp2([1, 2], [3, 4])))
print(repr(np.logaddexp(np.int8(1), np.int8(2))), repr(np.logaddexp(np.uint8(1), np.int8(2))))
print(repr(np.heaviside(f, 0.5)), repr(np.heaviside([-1, 0, 3], [1, 0, 0])))
print(repr(np.heaviside(np.float32([0, 1]), 0.5)))
print(repr(np.nextafter(1.0, 2.0)), repr(np.nextafter(np.float32(1), 0)), repr(np.nextafter(np.float16(0), -1)))
print(repr(np.spacing(1.0)), repr(np.spacing(np.float16([1, -1, 0, 65504]))), repr(np.spacing(np.float32(-2))))
print(repr(np.fmod(np.array([5, -5, 7], np.int8), 3)), repr(np.fmod([-7.5, 7.5], [2, -2])))
print(repr(np.fmod(np.array([5, -5]), np.array([0, 3]))), repr(np.fmod(True, True)))
print(repr(np.deg2rad(180)), repr(np.rad2deg(np.pi)), repr(np.degrees(np.array([1, 2], np.int8))), repr(np.radians(np.float32(90))))
print(repr(np.degrees(np.cumsum([0.1, 0.2, 0.3]))))
print(repr(np.fmod.accumulate([100, 7, 3])), repr(np.fmod.reduce([100.0, 7.0, 3.0])))
print(repr(np.logaddexp.reduce(np.array([], dtype=float))), repr(np.logaddexp.reduce([0.0, 0.0], where=[True, False])))
print(repr(np.logaddexp(a, 1.0, where=a > 1, out=np.zeros(3))))
print(repr(np.heaviside(f, 1, dtype=np.float32)))
try:
    print(repr(np.logaddexp(1j, 2)))
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    print(repr(np.fmod(1j, 2)))
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    print(repr(np.heaviside([1], [1, 2])))
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    print(repr(np.spacing([1, 2])))
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    print(repr(np.deg2rad(1j)))
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    print(repr(np.logaddexp(a, a, dtype=int)))
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    print(repr(np.fmod(a, 2, dtype=np.int8)))
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    print(repr(np.nextafter(a, a)))
except Exception as ex:
    print(type(ex).__name__, ex)
