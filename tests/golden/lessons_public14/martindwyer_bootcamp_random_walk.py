# Source: https://github.com/martindwyer/DataScienceResources/blob/b3dc627b70014766df01829e91ce247235cab9ae/DataScienceMachineLearningBootcamp/CourseExercises/99_Notes_Numpy.py
# (cut the unused imports of pandas, seaborn and statsmodels, libraries other than numpy/matplotlib; added random.seed(0) and np.random.seed(0) before the unseeded draws)
import numpy as np
import random
import matplotlib.pyplot as plt

# using python alone

random.seed(0)
position: int = 0
walk = [position]
steps = 1000
for i in range(steps):
    step = 1 if random.randint(0,1) else -1
    position += step
    walk.append(position)

plt.plot(walk[:100])

plt.show()

# using Numpy

np.random.seed(0)
nsteps = 1000
draws = np.random.randint(0,2, size=nsteps)
steps = np.where(draws > 0, 1, -1)
walk = steps.cumsum()

plt.plot(walk[:100])

plt.show()

