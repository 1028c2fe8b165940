# Modeled on: https://github.com/piotrpajak88/bootcamp16_11_2024/blob/b4099110c34ae68e3dd086a1d20c17c55503f2dd/day20/numpy_zad_finanse.py
# (written for npcalc after the lesson, not copied: a Polish bootcamp task, Monte Carlo portfolio
# values by np.cumprod over years of normal annual returns, with the printed 2-D table summarised)
import numpy as np

kapital = 5000
lata = 8
sredni_zwrot = 0.06
zmiennosc = 0.12
symulacje = 500

np.random.seed(7)
stopy = np.random.normal(sredni_zwrot, zmiennosc, (lata, symulacje))
wartosci = kapital * np.cumprod(1 + stopy, axis=0)
print(wartosci)
print(wartosci.shape)

koncowe = wartosci[-1]
print("Srednia po", lata, "latach:", np.mean(koncowe))
print("Najlepszy:", np.max(koncowe))
print("Najgorszy:", np.min(koncowe))
print("Mediana:", np.median(koncowe))
print("Strata w", np.sum(koncowe < kapital), "scenariuszach")
