import numpy as np
import itertools as it
try:
    print('it.product([1],repeat=-1)', '->', repr(it.product([1],repeat=-1)))
except Exception as e:
    print('it.product([1],repeat=-1)', '->', type(e).__name__, e)
try:
    print('it.product([1],x=2)', '->', repr(it.product([1],x=2)))
except Exception as e:
    print('it.product([1],x=2)', '->', type(e).__name__, e)
try:
    print('it.product(1)', '->', repr(it.product(1)))
except Exception as e:
    print('it.product(1)', '->', type(e).__name__, e)
try:
    print("it.product([1], repeat='a')", '->', repr(it.product([1], repeat='a')))
except Exception as e:
    print("it.product([1], repeat='a')", '->', type(e).__name__, e)
try:
    print('list(it.product([1],[2],repeat=2))', '->', repr(list(it.product([1],[2],repeat=2))))
except Exception as e:
    print('list(it.product([1],[2],repeat=2))', '->', type(e).__name__, e)
try:
    print('it.combinations([1])', '->', repr(it.combinations([1])))
except Exception as e:
    print('it.combinations([1])', '->', type(e).__name__, e)
try:
    print('it.combinations([1],-1)', '->', repr(it.combinations([1],-1)))
except Exception as e:
    print('it.combinations([1],-1)', '->', type(e).__name__, e)
try:
    print('it.combinations(1,2)', '->', repr(it.combinations(1,2)))
except Exception as e:
    print('it.combinations(1,2)', '->', type(e).__name__, e)
try:
    print("it.combinations([1],'a')", '->', repr(it.combinations([1],'a')))
except Exception as e:
    print("it.combinations([1],'a')", '->', type(e).__name__, e)
try:
    print('list(it.combinations(range(3),r=2))', '->', repr(list(it.combinations(range(3),r=2))))
except Exception as e:
    print('list(it.combinations(range(3),r=2))', '->', type(e).__name__, e)
try:
    print('it.combinations()', '->', repr(it.combinations()))
except Exception as e:
    print('it.combinations()', '->', type(e).__name__, e)
try:
    print('it.combinations([1],2,3)', '->', repr(it.combinations([1],2,3)))
except Exception as e:
    print('it.combinations([1],2,3)', '->', type(e).__name__, e)
try:
    print('it.combinations([1],r=1,x=2)', '->', repr(it.combinations([1],r=1,x=2)))
except Exception as e:
    print('it.combinations([1],r=1,x=2)', '->', type(e).__name__, e)
try:
    print('it.combinations_with_replacement([1],-1)', '->', repr(it.combinations_with_replacement([1],-1)))
except Exception as e:
    print('it.combinations_with_replacement([1],-1)', '->', type(e).__name__, e)
try:
    print('it.combinations_with_replacement([1])', '->', repr(it.combinations_with_replacement([1])))
except Exception as e:
    print('it.combinations_with_replacement([1])', '->', type(e).__name__, e)
try:
    print('it.permutations([1],-1)', '->', repr(it.permutations([1],-1)))
except Exception as e:
    print('it.permutations([1],-1)', '->', type(e).__name__, e)
try:
    print("it.permutations([1],'a')", '->', repr(it.permutations([1],'a')))
except Exception as e:
    print("it.permutations([1],'a')", '->', type(e).__name__, e)
try:
    print('it.permutations([1], 1.0)', '->', repr(it.permutations([1], 1.0)))
except Exception as e:
    print('it.permutations([1], 1.0)', '->', type(e).__name__, e)
try:
    print('it.permutations()', '->', repr(it.permutations()))
except Exception as e:
    print('it.permutations()', '->', type(e).__name__, e)
try:
    print('list(it.permutations([1,2],None))', '->', repr(list(it.permutations([1,2],None))))
except Exception as e:
    print('list(it.permutations([1,2],None))', '->', type(e).__name__, e)
try:
    print('it.permutations([1],1,2)', '->', repr(it.permutations([1],1,2)))
except Exception as e:
    print('it.permutations([1],1,2)', '->', type(e).__name__, e)
try:
    print('it.zip_longest([1],x=2)', '->', repr(it.zip_longest([1],x=2)))
except Exception as e:
    print('it.zip_longest([1],x=2)', '->', type(e).__name__, e)
try:
    print('it.zip_longest(1)', '->', repr(it.zip_longest(1)))
except Exception as e:
    print('it.zip_longest(1)', '->', type(e).__name__, e)
try:
    print('it.zip_longest([1], 2)', '->', repr(it.zip_longest([1], 2)))
except Exception as e:
    print('it.zip_longest([1], 2)', '->', type(e).__name__, e)
try:
    print('it.cycle()', '->', repr(it.cycle()))
except Exception as e:
    print('it.cycle()', '->', type(e).__name__, e)
try:
    print('it.cycle(1)', '->', repr(it.cycle(1)))
except Exception as e:
    print('it.cycle(1)', '->', type(e).__name__, e)
try:
    print('it.cycle([1],[2])', '->', repr(it.cycle([1],[2])))
except Exception as e:
    print('it.cycle([1],[2])', '->', type(e).__name__, e)
try:
    print('it.cycle(x=[1])', '->', repr(it.cycle(x=[1])))
except Exception as e:
    print('it.cycle(x=[1])', '->', type(e).__name__, e)
try:
    print('it.compress([1])', '->', repr(it.compress([1])))
except Exception as e:
    print('it.compress([1])', '->', type(e).__name__, e)
try:
    print('it.compress(1,[1])', '->', repr(it.compress(1,[1])))
except Exception as e:
    print('it.compress(1,[1])', '->', type(e).__name__, e)
try:
    print('it.compress([1], 1)', '->', repr(it.compress([1], 1)))
except Exception as e:
    print('it.compress([1], 1)', '->', type(e).__name__, e)
try:
    print('list(it.compress(data=[1], selectors=[1]))', '->', repr(list(it.compress(data=[1], selectors=[1]))))
except Exception as e:
    print('list(it.compress(data=[1], selectors=[1]))', '->', type(e).__name__, e)
try:
    print('it.starmap(pow)', '->', repr(it.starmap(pow)))
except Exception as e:
    print('it.starmap(pow)', '->', type(e).__name__, e)
try:
    print('it.starmap(pow, 1)', '->', repr(it.starmap(pow, 1)))
except Exception as e:
    print('it.starmap(pow, 1)', '->', type(e).__name__, e)
try:
    print('list(it.starmap(pow,[1]))', '->', repr(list(it.starmap(pow,[1]))))
except Exception as e:
    print('list(it.starmap(pow,[1]))', '->', type(e).__name__, e)
try:
    print('list(it.starmap(pow,[(1,2,3,4)]))', '->', repr(list(it.starmap(pow,[(1,2,3,4)]))))
except Exception as e:
    print('list(it.starmap(pow,[(1,2,3,4)]))', '->', type(e).__name__, e)
try:
    print('it.starmap(f=pow, iterable=[])', '->', repr(it.starmap(f=pow, iterable=[])))
except Exception as e:
    print('it.starmap(f=pow, iterable=[])', '->', type(e).__name__, e)
try:
    print('it.tee([1],-1)', '->', repr(it.tee([1],-1)))
except Exception as e:
    print('it.tee([1],-1)', '->', type(e).__name__, e)
try:
    print('it.tee(1)', '->', repr(it.tee(1)))
except Exception as e:
    print('it.tee(1)', '->', type(e).__name__, e)
try:
    print("it.tee([1],'a')", '->', repr(it.tee([1],'a')))
except Exception as e:
    print("it.tee([1],'a')", '->', type(e).__name__, e)
try:
    print('it.tee()', '->', repr(it.tee()))
except Exception as e:
    print('it.tee()', '->', type(e).__name__, e)
try:
    print('it.tee([1], 2, 3)', '->', repr(it.tee([1], 2, 3)))
except Exception as e:
    print('it.tee([1], 2, 3)', '->', type(e).__name__, e)
try:
    print('it.tee([1],0)', '->', repr(it.tee([1],0)))
except Exception as e:
    print('it.tee([1],0)', '->', type(e).__name__, e)
try:
    print('it.tee([1], n=2)', '->', repr(it.tee([1], n=2)))
except Exception as e:
    print('it.tee([1], n=2)', '->', type(e).__name__, e)
try:
    print('it.takewhile(x=1)', '->', repr(it.takewhile(x=1)))
except Exception as e:
    print('it.takewhile(x=1)', '->', type(e).__name__, e)
try:
    print('it.dropwhile(x=1)', '->', repr(it.dropwhile(x=1)))
except Exception as e:
    print('it.dropwhile(x=1)', '->', type(e).__name__, e)
try:
    print('it.chain(x=1)', '->', repr(it.chain(x=1)))
except Exception as e:
    print('it.chain(x=1)', '->', type(e).__name__, e)
try:
    print('it.islice([1], x=1)', '->', repr(it.islice([1], x=1)))
except Exception as e:
    print('it.islice([1], x=1)', '->', type(e).__name__, e)
try:
    print('it.pairwise(x=1)', '->', repr(it.pairwise(x=1)))
except Exception as e:
    print('it.pairwise(x=1)', '->', type(e).__name__, e)
try:
    print('it.filterfalse(x=1)', '->', repr(it.filterfalse(x=1)))
except Exception as e:
    print('it.filterfalse(x=1)', '->', type(e).__name__, e)
try:
    print('it.accumulate(x=1)', '->', repr(it.accumulate(x=1)))
except Exception as e:
    print('it.accumulate(x=1)', '->', type(e).__name__, e)
try:
    print('it.tee([1], x=1)', '->', repr(it.tee([1], x=1)))
except Exception as e:
    print('it.tee([1], x=1)', '->', type(e).__name__, e)
try:
    print('reversed([1], x=1)', '->', repr(reversed([1], x=1)))
except Exception as e:
    print('reversed([1], x=1)', '->', type(e).__name__, e)
