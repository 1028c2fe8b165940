# Source: https://devhide.com/why-am-i-getting-a-wrong-mean-from-cumprod-cumsum-of-log-normal-returns-77686822
# (question: prices from cumprod of exp(log returns) vs exp of cumsum, with annotated
# signatures; the final price's sample mean is far from 1). Adapted: seeded, 2000 runs
# instead of 100000, both versions compared.
import numpy as np

def gen_prices(n: int, start_price: float = 1.0, sigma: float = 1.0) -> np.ndarray:
    mu = -(sigma**2) / 2
    log_returns = np.random.normal(mu, sigma, size=n - 1)
    prices = np.cumprod(
        np.concatenate([np.array([start_price]), np.exp(log_returns)]),
    )
    return prices

np.random.seed(5)
print(gen_prices(n=6))
num_iter = 2000
num_prices = 100
final_prices = [gen_prices(n=num_prices)[-1] for _ in range(num_iter)]
print(np.mean(final_prices) < 1e-3, np.median(final_prices) < 1e-10)

def gen_prices(n: int, start_price: float = 1.0, sigma: float = 1.0) -> np.ndarray:
    mu = -(sigma**2) / 2
    log_returns = np.random.normal(mu, sigma, size=n - 1)
    prices = np.exp(
        np.cumsum(
            np.concatenate([np.array([np.log(start_price)]), log_returns]),
        )
    )
    return prices

np.random.seed(5)
print(gen_prices(n=6))
print(gen_prices.__annotations__)
