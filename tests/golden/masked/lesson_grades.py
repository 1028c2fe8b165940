import numpy as np
# A grade book: rows are students, columns are tests; 0 means absent.
grades = np.array([[80, 0, 90], [70, 75, 0], [0, 85, 95]])
g = np.ma.masked_equal(grades, 0)
print(g)
print("per test mean:", g.mean(axis=0))
print("per student total:", g.sum(axis=1))
print("tests taken:", g.count(axis=1))
g[0, 0] = np.ma.masked
print(g.cumsum(axis=1))
