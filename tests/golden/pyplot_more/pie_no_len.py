# A PieContainer unpacks, indexes and iterates, but has no __len__ (matplotlib 3.11).
import matplotlib.pyplot as plt
p = plt.pie([1, 2])
try:
    print(len(p))
except TypeError as e:
    print(e)
w, t = p
print(len(w), len(t), len(list(p)))
