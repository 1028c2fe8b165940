# Source: https://github.com/licuicui159/sjfx_all/blob/1da29db7826b67563e30e82cac25b0613f72e881/day02/demo04_subplot.py
# (as published; nothing cut)
# -*- coding: utf-8 -*-
from __future__ import unicode_literals
"""
demo04_subplot.py
"""
import numpy as np
import matplotlib.pyplot as mp

mp.figure('Subplot', facecolor='lightgray')

for i in range(1, 10):
    mp.subplot(3, 3, i)
    mp.text(0.5, 0.5, i, ha='center', va='center',
            size=36, alpha=0.5)
    mp.xticks([])
    mp.yticks([])
    mp.tight_layout()

mp.show()
