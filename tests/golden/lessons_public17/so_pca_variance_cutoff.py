# Modeled on: https://stackoverflow.com/questions/32857029/python-scikit-learn-pca-explained-variance-ratio-cutoff
# (written for npcalc after the answer, not copied: the cumulative explained variance by
# explained_variance_ratio_.cumsum(), and the smallest k that keeps a share of the variance.
# scikit-learn's PCA is cut (npcalc has no np.linalg.svd either): the variances start from the
# five the answer prints for its np.random.seed(0) 20x5 matrix.)
import numpy as np

explained_variance_ = np.array([1.50756565, 1.29374452, 0.97042041, 0.61712667, 0.31529082])
explained_variance_ratio_ = explained_variance_ / explained_variance_.sum()

print(explained_variance_)
print(explained_variance_ratio_)
print(explained_variance_ratio_.cumsum())

cum = np.cumsum(explained_variance_ratio_)
for share in (0.8, 0.9, 0.99):
    k = np.searchsorted(cum, share) + 1
    print(f"{share:.0%} of the variance needs k={k} ({cum[k - 1]:.1%})")
print(np.argmax(cum >= 0.9) + 1)
print(f"k=4 keeps {cum[3] * 100:.1f}% of the variance")
