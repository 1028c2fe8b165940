# Source: https://example-a.com/answer/60720195 (Stack Overflow "Why is the discounted reward
# function reversed?", the question's simpler version of the MIT lab code, as written; print added)
import numpy as np
rewards=[0.,0,0,0,0,1]
discounted_rewards = np.zeros_like(rewards)
R = 0
for t in reversed(range(0, len(rewards))):
    # update the total discounted reward
    R = R * .95 + rewards[t]
    discounted_rewards[t] = R
print(repr(discounted_rewards))

# The answer's unrolled loop
R = 0
R += 0.95 ** 5 * 1
R += 0.95 ** 4 * 0
R += 0.95 ** 3 * 0
R += 0.95 ** 2 * 0
R += 0.95 ** 1 * 0
R += 0
print(R)
