# Source: https://github.com/statsmodels/statsmodels/blob/02004efdbf4be67a79744341bfd40d674db325b1/statsmodels/duration/survfunc.py
# (its NumPy-only helpers _calc_survfunc_right and _survdiff as written; the pandas, scipy and
# matplotlib parts of the module cut, as they are other libraries; the calls at the end, on a
# small made-up two-group sample, are added since the helpers are private; the Fleming-Harrington
# weights are only called for their missing-fh_p error, since their np.dot of two float vectors is
# BLAS ddot, whose last digits depend on the CPU's OpenBLAS kernel)
import numpy as np


def _calc_survfunc_right(time, status, weights=None):
    """
    Calculate the survival function and its standard error for a single
    group.
    """

    time = np.asarray(time)
    status = np.asarray(status)

    if len(time) != len(status):
        raise ValueError("time and status must have the same length")

    if weights is not None and (len(weights) != len(time)):
        raise ValueError("weights, time and status must have the same length")

    # Convert the unique times to ranks (0, 1, 2, ...)
    utime, rtime = np.unique(time, return_inverse=True)

    # Number of deaths at each unique time.
    if weights is None:
        d = np.bincount(rtime, weights=status)
    else:
        d = np.bincount(rtime, weights=status*weights)

    # Size of risk set just prior to each event time.
    if weights is None:
        n = np.bincount(rtime)
    else:
        n = np.bincount(rtime, weights=weights)
    n = np.cumsum(n[::-1])[::-1]

    # Only retain times where an event occured.
    ii = np.flatnonzero(d > 0)
    d = d[ii]
    n = n[ii]
    utime = utime[ii]

    # The survival function probabilities.
    sp = 1 - d / n.astype(np.float64)
    sp = np.log(sp)
    sp = np.cumsum(sp)
    sp = np.exp(sp)

    # Standard errors
    if weights is None:
        # Greenwood's formula
        se = d / (n * (n - d)).astype(np.float64)
        se = np.cumsum(se)
        se = np.sqrt(se)
        se *= sp
    else:
        # Tsiatis' (1981) formula
        se = d / (n * n).astype(np.float64)
        se = np.cumsum(se)
        se = np.sqrt(se)

    return sp, se, utime, n, d


def _survdiff(time, status, group, weight_type, gr, **kwargs):
    # logrank test for one stratum

    ii = (group == gr[0])
    time1 = time[ii]
    status1 = status[ii]
    ii = (group == gr[1])
    time2 = time[ii]
    status2 = status[ii]

    # Get the unique times.
    utimes = np.unique(time)

    status1 = status1.astype(np.bool)
    status2 = status2.astype(np.bool)

    # The positions of the observed event times in each group, in the
    # overall list of unique times.
    ix1 = np.searchsorted(utimes, time1[status1])
    ix2 = np.searchsorted(utimes, time2[status2])

    # Number of events observed at each time point, per group and
    # overall.
    obs1 = np.bincount(ix1, minlength=len(utimes))
    obs2 = np.bincount(ix2, minlength=len(utimes))
    obs = obs1 + obs2

    # Risk set size at each time point, per group and overall.
    nvec = []
    for time0 in time1, time2:
        ix = np.searchsorted(utimes, time0)
        n = np.bincount(ix, minlength=len(utimes))
        n = np.cumsum(n)
        n = np.roll(n, 1)
        n[0] = 0
        n = len(time0) - n
        nvec.append(n)
    n1, n2 = tuple(nvec)
    n = n1 + n2

    # The variance of event counts in the first group.
    r = n1 / n.astype(np.float64)
    var = obs * r * (1 - r) * (n - obs) / (n - 1)

    # The expected number of events in the first group.
    exp1 = obs * r

    weights = None
    if weight_type is not None:
        weight_type = weight_type.lower()
        if weight_type == "gb":
            weights = n
        elif weight_type == "tw":
            weights = np.sqrt(n)
        elif weight_type == "fh":
            if "fh_p" not in kwargs:
                msg = "weight_type type 'fh' requires specification of fh_p"
                raise ValueError(msg)
            fh_p = kwargs["fh_p"]
            # Calculate the survivor function directly to avoid the
            # overhead of creating a SurvfuncRight object
            sp = 1 - obs / n.astype(np.float64)
            sp = np.log(sp)
            sp = np.cumsum(sp)
            sp = np.exp(sp)
            weights = sp**fh_p
            weights = np.roll(weights, 1)
            weights[0] = 1
        else:
            raise ValueError("weight_type not implemented")

    # The Z-scale test statistic (compare to normal reference
    # distribution).
    ix = np.flatnonzero(n > 1)
    if weights is None:
        obs = np.sum(obs1[ix] - exp1[ix])
        var = np.sum(var[ix])
    else:
        obs = np.dot(weights[ix], obs1[ix] - exp1[ix])
        var = np.dot(weights[ix]**2, var[ix])

    return obs, var


time = np.array([6, 6, 6, 7, 10, 13, 16, 22, 23, 6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35,
                 1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23])
status = np.array([1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                   1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])
group = np.array([0] * 21 + [1] * 21)

for g in 0, 1:
    sp, se, utime, n, d = _calc_survfunc_right(time[group == g], status[group == g])
    print(utime)
    print(n, d)
    print(sp)
    print(se)

w = np.where(group == 0, 2.0, 1.0)
print(_calc_survfunc_right(time, status, w))

gr = np.unique(group)
for weight_type, kw in (None, {}), ("gb", {}), ("tw", {}):
    obs, var = _survdiff(time, status, group, weight_type, gr, **kw)
    print(weight_type, obs, var, obs / np.sqrt(var))

try:
    _survdiff(time, status, group, "fh", gr)
except ValueError as e:
    print(e)
try:
    _calc_survfunc_right(time, status[:-1])
except ValueError as e:
    print(e)
