# Source: https://github.com/Kwi4t3k/Metody-numeryczne/blob/7931bee6c24dcad8f9e79815b4e17b7dbcbba332/Dok%C5%82adno%C5%9B%C4%87/zad1.py
# (as published; nothing cut)
import numpy as np

def suma_pojedyncza_precyzja(a, b):
    a32 = np.float32(a)
    b32 = np.float32(b)
    return np.float32(a32 + b32)

poj = suma_pojedyncza_precyzja(0.1, 0.2)

print(poj)

def suma_podwojna_precyzja(a: float, b: float) -> float:
    return a + b

pod = suma_podwojna_precyzja(0.1, 0.2)

print(pod)

print("Czy równe?: ", poj == pod)