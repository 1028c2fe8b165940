import numpy as np
# Log-probabilities of independent events, and the log of a running total
# of probabilities: np.logaddexp.accumulate is a cumsum in log space.
p = np.array([0.5, 0.25, 0.125, 0.0625])
logp = np.log(p)
running = np.logaddexp.accumulate(logp)
print(repr(running))
print(repr(np.exp(running)))
print(repr(np.logaddexp.reduce(logp)), repr(np.log(p.sum())))
# Tiny probabilities underflow as plain numbers but not as logs.
tiny = np.array([-1000.0, -1001.0, -1002.0])
print(repr(np.exp(tiny).sum()), repr(np.logaddexp.reduce(tiny)))
print(repr(np.logaddexp2.accumulate(np.log2(p))))
mask = p > 0.1
out = np.full(4, -np.inf)
np.log(p, where=mask, out=out)
print(repr(out), repr(np.logaddexp.reduce(out)))
