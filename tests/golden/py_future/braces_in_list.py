from __future__ import division as d, braces
