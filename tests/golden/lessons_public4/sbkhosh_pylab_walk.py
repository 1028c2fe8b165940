# Source: https://github.com/sbkhosh/python_sample_codes/blob/21b7d415765104b112c00d99405558fc2179337f/tmp1.py
# (unseeded in the original: npr.seed(7) added)
#!/usr/bin/python

import random
import numpy as np
import numpy.random as npr
import matplotlib.pylab as plt

npr.seed(7)
nsteps = 100
draws = npr.randint(0,2,size=nsteps)
steps = np.where(draws>0,1,-1)
tot_walk = steps.cumsum()
plt.plot(tot_walk,color='b',linewidth=2,linestyle='-')
plt.show()
