import numpy as np
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        return 1
    finally:
        return 2
print(g())
