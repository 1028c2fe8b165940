# Source: https://stackoverflow.com/questions/66094316/iteration-with-constants-and-other-variables-with-arrays-numpy-python
# as copied at https://thedpol.com/stackoverflow.com/questions/66094316/iteration-with-constants-and-other-variables-with-arrays-numpy-python
# (the question's code, then the answer's loop and its vectorised edit, as written; import and prints added)
import numpy as np
PnL = np.array([-87., -4., -34.1, 8.5])
Int_amount = 100
NonC_Amount = 100
PnL.prod(initial=Int_amount)
NonCompounding =NonC_Amount  + Int_amount  * np.cumprod(PnL / 100)
print(NonCompounding)

NonC_Amount = 100
NonCompounding = np.zeros_like(PnL)
for i in range(PnL.shape[0]):
    NonCompounding[i] = NonC_Amount + Int_amount * PnL[i] / 100
    NonC_Amount = NonCompounding[i]
print(NonCompounding)

NonC_Amount = 100
NonCompounding = NonC_Amount + np.cumsum(Int_amount * PnL / 100)
print(NonCompounding)
print(np.cumprod(PnL))
