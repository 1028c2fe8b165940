# Source: https://github.com/pypi-data/pypi-mirror-302/blob/de6e14ec832770f24b18427bf9f7c0546ee44fe1/packages/pyDendron/pyDendron-1.6.16-py3-none-any.whl/src/test/corr.py
# (as written; nothing cut)
import numpy as np

# Exemple de vecteur
x = np.array([1, 2, np.nan, 4, 5])

# Calculer le tableau des sommes cumulées
S = np.zeros(len(x) + 1)
S[1:] = np.nancumsum(x)

print(S)
print(np.nansum(x[0:5]))
print(S[5] - S[0])  
