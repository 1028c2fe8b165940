# Variations a learner tries after pythonkb_stochastic_rows, manongdao_choice_per_row,
# linuxtut_cumsum_threshold_index, pymoo_roulette_wheel and ensemblearner_stick_breaking: the
# Generator API (default_rng), probabilities that do not sum to one, the wrong axis, and
# searchsorted against cumulative rows.
import numpy as np


def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


rng = np.random.default_rng(2024)
P = np.array([[0.1, 0.2, 0.7], [0.4, 0.3, 0.3], [0.6, 0.1, 0.3]])
C = P.cumsum(axis=1)
u = rng.random(3)
show("rng rows", lambda: (u, (u[:, None] < C).argmax(axis=1)))
show("rng searchsorted", lambda: np.array([np.searchsorted(c, v, side="right") for c, v in zip(C, u)]))
show("rng choice p", lambda: rng.choice(3, size=8, p=P[0]))
show("rng choice p bad sum", lambda: rng.choice(3, p=[0.2, 0.2, 0.2]))
show("legacy choice p bad sum", lambda: np.random.choice(3, p=[0.2, 0.2, 0.2]))
show("legacy choice p negative", lambda: np.random.choice(3, p=[1.2, -0.2, 0.0]))
show("legacy choice p length", lambda: np.random.choice(3, p=[0.5, 0.5]))
show("legacy choice 2d p", lambda: np.random.choice(3, p=P))
show("cumsum axis 2", lambda: P.cumsum(axis=2))
show("cumsum axis -1", lambda: P.cumsum(axis=-1)[:, -1])
show("expand_dims bad axis", lambda: np.expand_dims(np.ones(3), axis=3))
show("argmax axis 2", lambda: (C > 0.5).argmax(axis=2))
show("threshold keepdims", lambda: (C > P.max(axis=1, keepdims=True)).argmax(axis=1))
show("normalise rows", lambda: (P * 2) / (P * 2).sum(axis=1, keepdims=True))
show("beta alpha 0", lambda: np.random.beta(1, 0, 3))
show("rng beta", lambda: np.round(rng.beta(1, 2.0, 4), 6))
b = rng.beta(1, 2.0, 6)
show("stick weights sum", lambda: float(np.sum(b * np.append(1, np.cumprod(1 - b[:-1]))) + np.prod(1 - b)))
show("integers cumsum", lambda: rng.integers(0, 10, size=(2, 5)).cumsum(axis=1))
show("repeat rows", lambda: np.cumsum([0.1, 0.3, 0.6])[None, :].repeat(2, axis=0))
