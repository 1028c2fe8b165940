import numpy as np
nom = "héllo"
x = nom + 1
