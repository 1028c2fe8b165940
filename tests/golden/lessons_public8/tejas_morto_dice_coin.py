# Source: https://github.com/tejaschaudhari192/Python-projects/blob/041668d8fd9149c80b60bebea67e8bfb116d1d4a/Maths/pro/morto.py
# (added np.random.seed(0) after the import, since the published draws are unseeded; nothing cut)
import numpy as np
np.random.seed(0)

def result(m,n):
    '''m = no of outcomes
    n = no of samples'''
    return np.random.randint(1,n+1,m)

# rolling dice
bet=0; 
for i in range(1000):
    res = result(1,6);
    if res == 1:
        bet+=1;
print('dice :',bet/1000)

# Coin toss
bet=0; 
for i in range(1000):
    res = result(1,2);
    if res == 1:
        bet+=1;
print('toss :',bet/1000)
