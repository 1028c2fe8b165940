import numpy as np
for seed in [0, 1, 42, 2026]:
    g = np.random.default_rng(seed)
    r = np.random.RandomState(seed)
    for x in [g, r]:
        print(x.beta(0.5, 0.7, 5), x.beta(2.0, 3.0, 3), x.beta(0.3, 4.0), x.random())
        print(x.geometric(0.5, 4), x.geometric(0.01, 4), x.geometric(0.2), x.random())
        print(x.triangular(0, 1, 3, 4), x.triangular(-1, 0.5, 1), x.random())
        print(x.laplace(1, 2, 3), x.logistic(0, 1, 3), x.gumbel(size=3), x.random())
        print(x.weibull(1.5, 3), x.pareto(2.0, 3), x.power(3.0, 3), x.rayleigh(2.0, 3), x.random())
        print(x.standard_t(3, 3), x.standard_t(0.5, 2), x.standard_cauchy(3), x.random())
        print(x.f(3, 4, 3), x.noncentral_chisquare(3, 2, 3), x.noncentral_chisquare(0.5, 2, 3), x.random())
        print(x.noncentral_f(3, 4, 1.5, 3), x.wald(1.0, 2.0, 3), x.vonmises(0.5, 2.0, 4), x.vonmises(0, 1e7, 2), x.random())
        print(x.negative_binomial(5, 0.3, 4), x.negative_binomial(0.5, 0.9, 3), x.random())
        print(x.hypergeometric(10, 5, 4, 4), x.hypergeometric(100, 200, 50, 4), x.hypergeometric(1000, 20, 800, 3), x.random())
        print(x.zipf(2.0, 5), x.zipf(1.2, 3), x.logseries(0.6, 4), x.logseries(0.999, 4), x.random())
