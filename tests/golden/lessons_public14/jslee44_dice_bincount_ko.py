# Source: https://github.com/jslee44/python_ai/blob/c74d6637bc01dc6e6f0b5bf0abe650ef4a7f6947/3%EC%A3%BC%EC%B0%A8/score.py
# (added np.random.seed(0) before the unseeded np.random.randint; nothing cut)
import numpy as np
import matplotlib.pyplot as plt

np.random.seed(0)
dice = np.random.randint(1, 7, size=1000)
counts = np.bincount(dice)[1:]  # 0은 제외

plt.bar(np.arange(1, 7), counts)
plt.title('Distribution of Dice Rolls (1000 Rolls)')
plt.xlabel('Dice Face')
plt.ylabel('Frequency')
plt.show()
