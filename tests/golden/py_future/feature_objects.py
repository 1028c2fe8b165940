from __future__ import division, print_function as pf
import __future__
import __future__ as fu
print(division, pf)
print(__future__.division, __future__.all_feature_names)
print(repr(__future__.annotations), __future__.CO_FUTURE_DIVISION, fu.CO_NESTED, fu.CO_GENERATOR_ALLOWED)
annotations = __future__.annotations
print(type(division), division.mandatory, annotations.mandatory, division.optional, division.compiler_flag)
print(division == fu.division, division == annotations, division is fu.division)
print([division, annotations])
try:
    fu.nope
except AttributeError as e:
    print(e)
try:
    division.nope
except AttributeError as e:
    print(e)
