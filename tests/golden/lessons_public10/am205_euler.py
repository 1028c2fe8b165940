# Source: https://github.com/chr1shr/am205_examples/blob/76bb0c0050811b022c0b475f97f7601f4caad103/3_num_calculus/euler.py
# (Harvard AM205 course example, as published; nothing cut)
#!/usr/bin/python3
from math import exp

# Initial variables and constants
y=1
t=0
h=0.1
lam=0.5

# Apply Euler step until t>2
while t<=2:

    # Analytical solution
    yexact=exp(lam*t)

    # Print the solutions and error
    print(t,y,yexact,y-yexact)

    # Euler step
    y=y+h*(lam*y)

    # Update time
    t+=h
