# Source: "[Python] Law of Large Numbers: Dice Roll" blog post as stored in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (as written, with the matplotlib
# import and plotting lessons_random/dice_lln_seed1991.py dropped; a print of the first and last
# averages added since it only plots)
# Importing the modules that I want
# This module helps me produce random numbers
import random
# I will use this module to plot the graphs I want
import matplotlib.pyplot as plt
# I need the numpy module because I was lazy to write a function to calculate the cumulative sum
import numpy as np

# Setting the seed
random.seed(1991)

# Defining a function for rolling the dice
def Roll(n):
    """This function simulates rolling a dice for n times"""
    # Empty list to store the result of dice roll
    result = []
    for i in range(1, n + 1):
        result.append(random.choice([1, 2, 3, 4, 5, 6]))
    return result

# Now, let's roll the dice for a certain amount of times
result = Roll(1000000)

# Now, I want to plot how the average of dice rolls converges to the expected value (3.5)
# Empty list to store the values of averages
averages = []

_cumsum = np.cumsum(result)
for index in range(len(_cumsum)):
    averages.append(_cumsum[index] / (index + 1))

# Plotting the averages
plt.plot(averages)

# Adding information to the graph
plt.xlabel('Trials')  # Naming the x-axis
plt.ylabel('Average of all outcomes')  # Naming the y-axis
plt.title('Average value of Dice rolled')  # Graph title

print(averages[:5], averages[-1])
