# Source: https://github.com/mahdiyar95/Machine_Learning_by_Python/blob/9b6a33a9bfd18c060cd6695e91ed48962dcc4a8f/cumulative_rate.py
# (added np.random.seed(0) before the unseeded np.random.randint; nothing cut)
import numpy as np
import matplotlib.pyplot as plt

a = [[1, 2 ,3 ],[4,5 ,6]]
print(a)

print(np.cumsum(a))

print(np.cumsum(a , axis=0))

print(np.cumsum(a , axis=1))

# know we want to plot our rate

# assum our scores have been stored in b, step by step
np.random.seed(0)
b = np.random.randint(100, size=100)
plt.figure()
plt.subplot(311)
plt.title('Scores')
plt.plot(b, 'b--')


# we want to know the total sum of data as it grows with each step
cumB = np.cumsum(b)
plt.subplot(312)
plt.title('cumulative sum of scores')
plt.plot(cumB, 'r--')



# c is a vector : [1, 2, 3, 4, 5, 6, 7 , ..., 100]
c = np.arange(100)


# cumilative cumu
rate = cumB / c
plt.subplot(313)
plt.title('cumulative rate')
plt.plot(rate, 'g--')

plt.subplots_adjust(hspace=1)
plt.show()

