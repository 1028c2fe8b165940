# Source: https://app.studyraid.com/en/read/14674/503351/computing-statistical-indicators-with-numpy
# (SMA by np.convolve, EMA by a loop over np.zeros_like, RSI from np.diff/np.where and
# convolved averages, volatility from log returns, Sharpe ratio). Adapted: seeded prices,
# shorter windows, results printed.
import numpy as np

def calculate_sma(prices, window=20):  
    weights = np.ones(window)/window  
    return np.convolve(prices, weights, mode='valid')  

def calculate_ema(prices, span=20):  
    alpha = 2/(span + 1)  
    ema = np.zeros_like(prices)  
    ema[0] = prices[0]  
    for i in range(1, len(prices)):  
        ema[i] = alpha*prices[i] + (1-alpha)*ema[i-1]  
    return ema  

def calculate_rsi(prices, period=14):  
    deltas = np.diff(prices)  
    gains = np.where(deltas > 0, deltas, 0)  
    losses = np.where(deltas < 0, -deltas, 0)  
    avg_gain = np.convolve(gains, np.ones(period)/period, mode='valid')  
    avg_loss = np.convolve(losses, np.ones(period)/period, mode='valid')  
    rs = avg_gain / (avg_loss + 1e-10)  # Avoid division by zero  
    return 100 - 100/(1 + rs)  

def calculate_volatility(prices, trading_days=252):  
    log_returns = np.log(prices[1:]/prices[:-1])  
    daily_vol = np.std(log_returns)  
    return daily_vol * np.sqrt(trading_days)  

def calculate_sharpe(prices):  
    returns = np.diff(prices)/prices[:-1]  
    return np.mean(returns)/np.std(returns) * np.sqrt(252)

np.random.seed(11)
prices = 100 * np.cumprod(1 + np.random.normal(0.001, 0.015, 30))
print(np.round(prices, 2))
print(calculate_sma(prices, 5))
print(calculate_ema(prices, 5))
print(calculate_ema(np.arange(10), 3))
print(calculate_rsi(prices, 7))
print(calculate_volatility(prices), calculate_sharpe(prices))
