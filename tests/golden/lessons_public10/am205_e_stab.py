# Source: https://github.com/chr1shr/am205_examples/blob/76bb0c0050811b022c0b475f97f7601f4caad103/3_num_calculus/e_stab.py
# (Harvard AM205 course example, as published; nothing cut)
#!/usr/bin/python3
from math import exp

# Initial variables and constants
y=1
t=0
h=0.1

# Choose the constant in the ODE, dy/dt=-lam*y. We need -2=<h*lam=<0 for stability.
lam=-21

# Apply forward Euler step until t>1
while t<=1:

    # Analytical solution
    yexact=exp(lam*t)

    # Print the solutions and error
    print(t,y,yexact,y-yexact)

    # Euler step
    y=y+h*(lam*y)

    # Update time
    t+=h
