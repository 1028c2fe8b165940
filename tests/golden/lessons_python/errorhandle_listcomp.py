# Source: https://errorhandle.ai/list-comprehension-for-running-total (first snippet; print added since the page shows the value; import numpy added for the corpus)
import numpy as np
nums = [1, 2, 3, 4, 5]
running_total = [sum(nums[:i+1]) for i in range(len(nums))]
print(running_total)
