# Modeled on: https://github.com/derrynknife/SurPyval (surpyval/nonparametric/kaplan_meier.py)
# (written after SurPyval's km(r, d): the survival estimate R = cumprod(1 - d/r) with NaN steps set
# to zero, computed under np.seterr(under="raise") so an underflowing product falls back to
# exp(cumsum(log(1 - d/r))). The at-risk counts r and deaths d are given directly instead of
# through surpyval's xcnt_to_xrd, and the fitter class is cut. A product that underflows is
# left out: npcalc does not detect underflow, so its under="raise" never fires.)
import numpy as np


def km(r, d):
    R = 1 - (d / r)
    R[np.isnan(R)] = 0
    old_err_state = np.seterr(under="raise")

    try:
        R = np.cumprod(R)
    except FloatingPointError:
        R = np.cumsum(np.log(1 - (d / r)))
        R = np.exp(R)

    np.seterr(**old_err_state)
    return R


x = np.array([1, 2, 3, 5, 8, 10])
r = np.array([10.0, 8.0, 5.0, 4.0, 2.0, 1.0])
d = np.array([2.0, 1.0, 1.0, 1.0, 1.0, 0.0])
R = km(r, d)
print(R)
print(dict(zip(x.tolist(), np.round(R, 4).tolist())))
print(np.geterr())

# a step with nobody at risk: 0/0 is NaN, set to zero
r = np.array([3.0, 2.0, 0.0])
d = np.array([1.0, 1.0, 0.0])
with np.errstate(invalid="ignore"):
    print(km(r, d))
