# Modeled on: https://github.com/aau-cns/cnspy_numpy_utils (accumulated_distance.py)
# (written for npcalc after the module, not copied: per-axis accumulated distance of a trajectory by
# np.diff then np.cumsum of the absolute steps, and the total as a norm)
import numpy as np


def accumulated_distance(p_vec):
    steps = np.diff(p_vec, n=1, axis=0)
    return np.cumsum(np.abs(steps), axis=0)


def total_distance(p_vec):
    steps = np.diff(p_vec, n=1, axis=0)
    return np.linalg.norm(np.sum(np.abs(steps), axis=0))


traj = np.array([[0.0, 0.0, 0.0],
                 [1.0, 0.5, 0.0],
                 [1.5, -0.5, 0.25],
                 [3.0, -0.5, 0.5],
                 [2.0, 1.0, 0.5]])
acc = accumulated_distance(traj)
print(acc)
print(acc[-1])
print(total_distance(traj))
print(np.cumsum(np.linalg.norm(np.diff(traj, axis=0), axis=1)))
