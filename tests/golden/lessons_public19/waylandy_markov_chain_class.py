# Modeled on: https://github.com/waylandy/HelperBunny/blob/master/tools/markovchain.py
# (a MarkovChain class: rows normalised with keepdims, the steady state by least squares through
# np.c_ and np.linalg.solve, and a simulation that picks each next state by
# (P.cumsum(axis=1)[state] > u).argmax()). Added: np.random.seed, a weather matrix, and printing.
import numpy as np


class MarkovChain:
    def __init__(self, transition):
        self.P = transition / transition.sum(1, keepdims=True)
        self.steady_state = self.get_steady_state(self.P)

    def get_steady_state(self, P):
        dim = P.shape[0]
        Q = (P - np.eye(dim))
        ones = np.ones(dim)
        Q = np.c_[Q, ones]
        QTQ = np.dot(Q, Q.T)
        bQT = np.ones(dim)
        return np.linalg.solve(QTQ, bQT)

    def simulate(self, n):
        rng = np.random.random(n + 1)
        P_c = self.P.cumsum(axis=1)
        state = (self.steady_state.cumsum() > rng[0]).argmax()
        states = []
        for i in rng[1:]:
            state = (P_c[state] > i).argmax()
            states += [state]
        return np.array(states)


np.random.seed(7)
counts = np.array([[8, 1, 1], [2, 6, 2], [3, 3, 4]])
mc = MarkovChain(counts)
print(mc.P)
print(mc.P.cumsum(axis=1))
print("steady state:", mc.steady_state, mc.steady_state.sum())
states = mc.simulate(5000)
print(states[:30])
freq = np.bincount(states, minlength=3) / states.size
for name, f, s in zip(["sunny", "cloudy", "rainy"], freq, mc.steady_state):
    print(f"{name:>6}: simulated {f:.3f}  steady {s:.3f}")
