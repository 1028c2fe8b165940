import random
for seed in [0, 1, 2, 3, 100, 2**31, 2**33]:
    random.seed(seed)
    xs = list(range(8))
    random.shuffle(xs)
    print(seed, xs)
