import numpy as np
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
sales = np.cumsum([3, 1, 4, 1, 5])
r = plt.pie(np.diff(sales, prepend=0))
print(type(r).__name__)
wedges, texts = r
print(len(wedges), texts)
print(plt.xlim(), plt.ylim(), plt.gca().get_xticks())
w, t, at = plt.pie([1, 2, 3], labels=['a', 'b', 'c'], autopct='%1.1f%%', startangle=90)
print(t)
print([x.get_text() for x in at], at)
fig, ax = plt.subplots()
w, t = ax.pie([0.2, 0.3], normalize=False, explode=[0.1, 0], counterclock=False, radius=2, center=(1, 2))
print(t, ax.get_xlim(), ax.get_ylim())
w, t, at = ax.pie([1, 1], autopct=lambda p: f'{p:.0f}', labeldistance=None, pctdistance=0.5)
print(t, at)
print(len(ax.pie([5, 5]).wedges), ax.pie([1, 2], autopct='%d').texts)
for bad in ([[1, 2], [3, 4]], [1, -1], [1, np.nan], [0, 0]):
    try:
        plt.pie(bad)
    except ValueError as e:
        print(e)
try:
    plt.pie([0.5, 0.6], normalize=False)
except ValueError as e:
    print(e)
try:
    plt.pie([1, 2], labels=['a'])
except ValueError as e:
    print(e)
try:
    plt.pie([1, 2], radius=0)
except ValueError as e:
    print(e)
try:
    plt.pie([1, 2], autopct=3)
except TypeError as e:
    print(e)
