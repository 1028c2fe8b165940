import numpy as np
# Source: https://ogeek.cn/qa/?qa=746842%2F (the same answer exactly as written, with its Python 2
# print statements: Python 3 stops with a SyntaxError before running anything)
freq_count = np.array([[30, 191, 9, 0], [10, 20, 300, 10], [10,20,30,40], [100,10,10,10], [1,1,1,100]])
c = np.cumsum(freq_count, axis=1)
indices = [np.searchsorted(row, row[-1]/2.0) for row in c]
masses = [i * 10 for i in indices] #Correct if the masses are indeed 0, 10, 20,...
#This is just for explanation.
print "median masses is:", masses
print freq_count
