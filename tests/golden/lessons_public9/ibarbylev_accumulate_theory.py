# Source: https://github.com/ibarbylev/250324-dam/blob/7f63fadb1d95aed07937a08ba018132da3f62a44/lesson_054__11_07_2024__28_func_program_2/theory/theory_05_accumulate.py
# (cut: the two print(iter_accumulate) lines, whose output is an object address)
"""Функция accumulate позволяет накапливать значение в каждом элементы.
Возвращает итератор
"""

import itertools
import operator

numbers = [1, 2, 3, 4, 5]
iter_accumulate = itertools.accumulate(numbers, operator.mul)
print(*iter_accumulate)  # 1 2 6 24 120


numbers = [1, 2, 3, 4, 5]
iter_accumulate = itertools.accumulate(numbers, operator.add)
print(*iter_accumulate)  # 1 3 6 10 15
