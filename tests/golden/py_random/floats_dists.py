import random
random.seed(3)
print(random.uniform(0, 10), random.uniform(5, -5), random.uniform(1, 1))
print(random.gauss(), random.gauss(), random.gauss(100, 15))
print(random.normalvariate(), random.normalvariate(10, 2), random.normalvariate(mu=1, sigma=0))
print(random.expovariate(1), random.expovariate(0.5), random.expovariate(-2))
print(random.lognormvariate(0, 0.5), random.paretovariate(3), random.weibullvariate(2, 1.5))
