# Source: https://github.com/jslee44/python_ai/blob/0a453646147389931cad7c48d24ca265f65c0a4c/3%EC%A3%BC%EC%B0%A8/where.py
# (as published; nothing cut)
import numpy as np

score = np.array([71,80,60,90,65])
result = np.where(score>=90,'A',
                  np.where(score>=80,'B',
                           np.where(score>=70,'C','D')))
print(result)
