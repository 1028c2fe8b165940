# Source: https://gkbrk.com/phase-accumulator (generating a sine wave whose frequency changes:
# t-based synthesis clicks, a phase accumulator does not). Adapted: RATE 16 instead of 256
# and no plot; the accumulator also written as np.cumsum of per-sample phase steps.
import math
import numpy as np

RATE = 16
normal_samples = []
phase_samples = []
phase = 0.0
n = 0
for freq in [5, 10, 5, 10, 5, 10, 5]:
    for _ in range(int(RATE / 4)):
        phase += 2.0 * math.pi * freq / RATE
        phase_samples.append(math.sin(phase))
        s = math.sin(2.0 * math.pi * freq * (n / RATE))
        normal_samples.append(s)
        n += 1

print(len(phase_samples), phase)
print(np.round(normal_samples, 4))
print(np.round(phase_samples, 4))
freqs = np.repeat([5, 10, 5, 10, 5, 10, 5], RATE // 4)
phases = np.cumsum(2.0 * np.pi * freqs / RATE)
print(np.allclose(np.sin(phases), phase_samples), phases[-1] == phase, phases[-1] - phase)
