# Source: https://github.com/Anugrahsr/Python4DataScience/blob/master/Random.md
# (DataCamp "Intermediate Python" hacker-statistics exercises: the page's code blocks in order, as
# written; the matplotlib lines cut since another helper is adding matplotlib, and the last block,
# which the page runs after "numpy and matplotlib imported, seed set", gets np.random.seed(123)
# and prints of the arrays it plots)
# Import numpy as np
import numpy as np

# Set the seed
np.random.seed(123)

# Generate and print random float
print(np.random.rand())

import numpy as np
np.random.randint(4, 8)

# Numpy is imported, seed is set
import numpy as np
np.random.seed(123)
# Starting step
step = 50

# Roll the dice
dice = np.random.randint(1, 7)

# Finish the control construct
if dice <= 2 :
    step = step - 1
elif dice <=5 :
    step = step + 1
else :
    step = step + np.random.randint(1,7)

# Print out dice and step
print(dice)
print(step)

import numpy as np
np.random.seed(123)
# Initialize random_walk
random_walk = [0]

# Complete the ___
for x in range(100) :
    # Set step: last element in random_walk
    step = random_walk[-1]

    # Roll the dice
    dice = np.random.randint(1,7)

    # Determine next step
    if dice <= 2:
        step = step - 1
    elif dice <= 5:
        step = step + 1
    else:
        step = step + np.random.randint(1,7)

    # append next_step to random_walk
    random_walk.append(step)

# Print random_walk
print(random_walk)

# numpy and matplotlib imported, seed set.
np.random.seed(123)

# initialize and populate all_walks
all_walks = []
for i in range(10) :
    random_walk = [0]
    for x in range(100) :
        step = random_walk[-1]
        dice = np.random.randint(1,7)
        if dice <= 2:
            step = max(0, step - 1)
        elif dice <= 5:
            step = step + 1
        else:
            step = step + np.random.randint(1,7)
        random_walk.append(step)
    all_walks.append(random_walk)

# Convert all_walks to Numpy array: np_aw
np_aw = np.array(all_walks)
print(np_aw.shape)
print(np_aw[:, -1])

# Transpose np_aw: np_aw_t
np_aw_t = np.transpose(np_aw)
print(np_aw_t.shape)
print(np_aw_t[-1, :])
print(np_aw_t[:5])
