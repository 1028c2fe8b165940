import matplotlib.pyplot as plt
fig, ax = plt.subplots()
print(ax.margins())
ax.plot([0, 10], [1, 3])
print(ax.margins(y=0.1))
print(ax.get_xlim(), ax.get_ylim())
ax.margins(0.2)
print(ax.get_xlim(), ax.get_ylim(), ax.margins())
ax.margins(0, 0.5)
print(ax.get_xlim(), ax.get_ylim(), ax.get_xmargin(), ax.get_ymargin())
plt.margins(x=0.25)
print(plt.margins())
for bad in [lambda: ax.margins(1, 2, 3), lambda: ax.margins(1, y=2), lambda: ax.margins(-0.5), lambda: ax.margins(x='a')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(ax.margins(tight=False))
