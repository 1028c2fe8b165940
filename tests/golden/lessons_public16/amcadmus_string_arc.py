# Modeled on: https://github.com/amcadmus/ice.melting (templates/string/string_utils.py)
# (written for npcalc after the module, not copied: the string method's arc parameter, segment
# lengths in a loop, np.cumsum, then normalised to end at 1)
import numpy as np


def arc_segments(string):
    n = string.shape[0]
    seg = np.zeros(n)
    for jj in range(1, n):
        seg[jj] = np.linalg.norm(string[jj] - string[jj - 1])
    return seg


def arc(string):
    return np.cumsum(arc_segments(string))


def arc_norm(string):
    alpha = arc(string)
    return alpha / alpha[-1]


t = np.linspace(0, np.pi / 2, 5)
nodes = np.stack([np.cos(t), np.sin(t)], axis=1)
print(arc_segments(nodes))
print(arc(nodes))
print(arc_norm(nodes))
print(np.interp(0.5, arc_norm(nodes), t))
