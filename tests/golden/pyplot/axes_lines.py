import numpy as np
import matplotlib.pyplot as plt
ax = plt.gca()
print(repr(ax.lines), repr(ax.get_lines()), ax.get_legend_handles_labels())
plt.plot([1])
print(repr(ax.lines), repr(ax.get_lines()), type(ax.get_lines()), type(ax.lines))
print(ax.lines[0], ax.lines[5:], len(ax.lines[-1:]), len(ax.get_lines()[0:1]))
try: ax.lines[3]
except Exception as e: print(type(e).__name__, e)
try: ax.get_lines()[3]
except Exception as e: print(type(e).__name__, e)
print(str(ax.lines), str(ax.get_lines()))
plt.plot([1, 2], label="walk")
plt.plot([2, 3], label="_hidden")
plt.plot([[1, 2], [3, 4]], label="pair")
print(len(ax.lines), len(ax.get_lines()))
h, l = ax.get_legend_handles_labels()
print(len(h), l, [x.get_label() for x in h])
print([x.get_label() for x in ax.lines])
for line in ax.get_lines():
    print(line, line.get_color())
ax.set_title("T"); ax.set_xlabel("X"); ax.set_ylabel("Y")
print(ax.get_title(), ax.get_xlabel(), ax.get_ylabel())
plt.axhline(0.5)
print(len(ax.lines), ax.lines[-1])
