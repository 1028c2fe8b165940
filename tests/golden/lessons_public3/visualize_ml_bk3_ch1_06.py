# Source: https://github.com/Visualize-ML/Book3_Elements-of-Mathematics/blob/main/Book3_Ch01_Python_Codes/Bk3_Ch1_06.py
# (as written; nothing cut)

###############
# Authored by Weisheng Jiang
# Book 3  |  From Basic Arithmetic to Machine Learning
# Published and copyrighted by Tsinghua University Press
# Beijing, China, 2022
###############

# Bk3_Ch1_06

import numpy as np

a_i = np.linspace(1,10,10)
print(a_i)

a_i_cumsum = np.cumsum(a_i)
print(a_i_cumsum)
