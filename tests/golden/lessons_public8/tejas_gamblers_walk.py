# Source: https://github.com/tejaschaudhari192/Python-projects/blob/041668d8fd9149c80b60bebea67e8bfb116d1d4a/Maths/gambler's%20Walk/main.py
# (added numpy.random.seed(1) after the import, since the published draws are unseeded; nothing cut)
import numpy
numpy.random.seed(1)
no = 0

def Draw(m, n):
    """m = lower bound
    n = upper bound"""
    return numpy.random.randint(m, n + 1)

k = 5
N = 10
print('Probablity by using formula =',1-k/N)

for i in range(1000):
    k = 5
    while k is not 0 and k < N:
        bet = Draw(1,2)
        if bet is 1:
            k += 1
        else:
            k -= 1
        if k is 0:
            no += 1
print('Probablity using monto carlo =',no / 1000)
