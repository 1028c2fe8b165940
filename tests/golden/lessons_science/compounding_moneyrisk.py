import numpy as np
# Source: https://domeyin.com/stackoverflow.com/questions/68570230/indexing-and-doing-mathematical-calculation-with-numpy-arrays-python
# (the question's code, as written)
Amount = 100
def moneyrisk(array):
    for counter,iterator in enumerate(array):
        Compounding = Amount * np.cumprod(array / 100 + 1)
    return Compounding
gains= np.array([20,3,4,55,6.5])
print(moneyrisk(gains))
