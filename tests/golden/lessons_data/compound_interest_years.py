# Source: https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (Álvaro Ramírez,
# "Compound Interest Calculations", saving Tony Bedford's snippets: future value with
# (1+r)**t and a year-by-year table). Adapted: the same table also with np.cumprod.
import numpy as np

t = 20  # years
r = 0.07  # rate
pv = 200000.00  # present value
fv = pv * (1+r)**t  # future value
print("Pension of %.2f at %d%% will be worth %.2f in %d years" % (pv, 100 * r, fv, t))

n = 1
fv = pv * (1 + r/n)**(n*t)  # future value
print("First formula calculates final value to: %.2f" % fv)

fv = pv * (1 + r/n)**(n*1)  # year 1 only
print("Year %d: %.2f" % (1, fv))
for i in range(2, t+1):
    fv = fv * (1 + r/n)**(n*1)  # Calculate one year at a time
    print("Year %d: %.2f" % (i, fv))

balances = pv * np.cumprod(np.full(t, 1 + r))
for year, b in enumerate(balances, start=1):
    print(f"Year {year:2d}: {b:>12,.2f}")
print(np.allclose(balances[-1], fv))
