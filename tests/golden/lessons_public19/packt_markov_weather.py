# Modeled on: https://github.com/PacktPublishing/Python-Machine-Learning-Cookbook-Second-Edition/blob/master/Chapter12/MarkovChain.py
# (a two-state weather chain: np.random.choice over transition names with p= from the transition
# matrix, in a while loop). Cut: time.sleep(0.2) and the pyplot window; 40 days instead of 200.
# Added: the share of sunny days and the longest rainy spell, found with np.cumsum over the run.
import numpy as np

np.random.seed(1)
states = ["Sunny", "Rainy"]

TransStates = [["SuSu", "SuRa"], ["RaRa", "RaSu"]]
TransnMatrix = [[0.75, 0.25], [0.30, 0.70]]

if sum(TransnMatrix[0])+sum(TransnMatrix[1]) != 2:
    print("Warning! Probabilities MUST ADD TO 1. Wrong transition matrix!!")
    raise ValueError("Probabilities MUST ADD TO 1")

WT = list()
NumberDays = 40
WeatherToday = states[0]

print("Weather initial condition =", WeatherToday)

i = 0

while i < NumberDays:

    if WeatherToday == "Sunny":
        TransWeather = np.random.choice(TransStates[0], replace=True, p=TransnMatrix[0])
        if TransWeather == "SuSu":
            pass
        else:
            WeatherToday = "Rainy"

    elif WeatherToday == "Rainy":
        TransWeather = np.random.choice(TransStates[1], replace=True, p=TransnMatrix[1])
        if TransWeather == "RaRa":
            pass
        else:
            WeatherToday = "Sunny"

    print(WeatherToday)
    WT.append(WeatherToday)
    i += 1

sunny = np.array(WT) == "Sunny"
print(f"sunny days: {sunny.sum()} of {len(WT)} ({sunny.mean():.0%})")
rain = (~sunny).astype(int)
run = np.cumsum(rain) - np.maximum.accumulate(np.where(rain == 0, np.cumsum(rain), 0))
print("longest rainy spell:", run.max())
