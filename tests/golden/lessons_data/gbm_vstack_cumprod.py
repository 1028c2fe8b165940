# Source: https://github.com/DavidPrivateProjects/Retirement_Portfolio_Payout_Simulation
# (notebook: geometric Brownian motion levels as start_price * vstack([ones, returns]).cumprod(axis=0)).
# Adapted: seeded, 5 paths of 8 days instead of 1000 paths of 5 years, plot replaced by prints.
import numpy as np

np.random.seed(1)
start_price = 131
# percentage volatility or annualized volatility
vola = 0.25
# Overall trend or average return per year
drift = 0.35 
# Total number of simulations
n_simul = 5
# Assumption 252 trading days
delta = 1.0 / 252.0
# Runtime in days
runtime = 8

def brownian_motion(delta, vola, runtime, n_simul):
    # standard deviation or scale is sqrt of volatiliy for brownian motion
    return vola * np.random.normal(loc=0, scale=np.sqrt(delta),
                                   size=(runtime, n_simul))

# Random geometric motion returns
def rgm_returns(delta, vola, runtime, drift, n_simul):
    motion = brownian_motion(delta, vola, runtime, n_simul)
    return np.exp(motion + (drift - vola ** 2 / 2) * delta)

def rgm_levels(start_price, delta, vola, runtime, drift, n_simul):
    returns = rgm_returns(delta, vola, runtime, drift, n_simul)
    stacked = np.vstack([np.ones(n_simul), returns]) # prepends 1 infront of all returns
    return start_price * stacked.cumprod(axis=0)

stock_prices = rgm_levels(start_price, delta, 
                          vola, runtime, drift, 
                          n_simul)
print(stock_prices.shape)
print(stock_prices)
print(stock_prices[-1].round(2))
