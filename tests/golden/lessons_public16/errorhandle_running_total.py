# Modeled on: https://errorhandle.ai/finding-the-browser-width-px-and-height-px-in-only-css
# (written for npcalc after the answer, not copied: the running total of a short list, each value
# added to the sum of the ones before, checked against a loop)
import numpy as np

values = [3, 5, 7, 9]
running = np.cumsum(values)
print(running)
total = 0
by_hand = []
for v in values:
    total += v
    by_hand.append(total)
print(by_hand)
print(running.tolist() == by_hand)
