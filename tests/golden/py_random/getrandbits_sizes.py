import random
random.seed(1234)
for k in [0, 1, 7, 31, 32, 33, 63, 64, 65, 96, 200]:
    print(k, random.getrandbits(k))
