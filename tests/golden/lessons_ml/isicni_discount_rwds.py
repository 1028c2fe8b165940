# Source: https://github.com/annikc/isicni_tutorials/blob/main/ReinforcementLearning/2022/rl_utils.py
# (discount_rwds as written; `import numpy as np` and calls added — integer rewards keep an integer
# array, so np.zeros_like truncates the discounted returns)
import numpy as np

# backward rollout of return value through the reward vector
def discount_rwds(rewards, gamma):
    rewards = np.asarray(rewards)
    disc_rwds = np.zeros_like(rewards)
    running_add = 0
    for t in reversed(range(0, rewards.size)):
        running_add = running_add*gamma + rewards[t]
        disc_rwds[t] = running_add
    return disc_rwds

print(discount_rwds([0., 0., 1., 0., 2.], 0.9))
print(discount_rwds([0, 0, 1, 0, 2], 0.9))
print(discount_rwds(np.array([-1., -1., 9., -1., -1., 509.]), 0.9))
