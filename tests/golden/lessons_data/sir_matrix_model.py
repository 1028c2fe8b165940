# Source: https://github.com/liua13/Week2_public (notebook "Simple SIR Model": X_k = X_0 . A^k
# with a transition matrix, then a per-step S/I/R/D update). Adapted: the pandas DataFrame of
# v2 replaced by a NumPy history array (its rows are what the notebook stores per step);
# matplotlib lines dropped; n_steps 200 kept, only some rows printed.
import numpy as np

np.set_printoptions(precision=2,suppress=True)

# size of the population
num_pop = 1000.

# number of infected individuals
num_infect = 2.

# Define the SIR matrix (entries are probabilities)
sir_mat = np.array([[0.8, 0.2, 0., 0.],
                    [0., 0.5, 0.4, 0.1],
                    [0., 0., 1., 0.],
                    [0., 0., 0., 1.]])

# Define the initial state vector (entries are numbers of people)
x = np.array([num_pop-num_infect,num_infect,0.,0.], ndmin=2)

print('Initial state vector X_0:\n{}'.format(x))
print('\nSIR Update Model:\n{}'.format(sir_mat))

n_steps = 20
for s in range(n_steps):
  x = np.dot(x, sir_mat) # or matmul
  
print(x)
print(np.linalg.matrix_power(sir_mat, n_steps)[0] * (num_pop - num_infect) + np.linalg.matrix_power(sir_mat, n_steps)[1] * num_infect)

# size of the population
num_pop = 1000.

# number of infected individuals
num_infect = 5.

beta = 0.2
gamma = 0.15
alpha = 0.01

S = num_pop-num_infect
I = num_infect
R = 0
D = 0

n_steps = 200
hist = np.zeros((n_steps + 1, 4))
hist[0] = [S, I, R, D]
for s in range(n_steps):
    S *= (1-beta/num_pop*hist[s, 1])
    I *= (1 + beta/num_pop*hist[s, 0] - gamma - alpha)
    R += gamma*hist[s, 1]
    D += alpha*hist[s, 1]
    hist[s + 1] = [S, I, R, D]

print(hist[::25])
print(hist[-1], hist[-1].sum())
print(hist[:, 1].argmax(), hist[:, 1].max())
