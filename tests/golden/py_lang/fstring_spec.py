import numpy as np
x = 1234567.891
print(f'{x:,.2f}|{x:>15.1f}|{x:<15e}|{42:08b}|{255:#x}|{0.25:%}')
