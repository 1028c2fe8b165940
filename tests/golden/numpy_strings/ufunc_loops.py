import numpy as np
for e in ["np.equal(['a'], 1)", "np.less(['a'], 1.5)", "np.add('a', ['b', 'cc'])", "np.add(np.str_('a'), np.str_('b'))", "np.equal('a', 'a')", "np.multiply(['a'], [2])", "np.char.add('ab', ['c'])"]:
    try: print(e, '->', repr(eval(e)))
    except Exception as ex: print(e, '!!', type(ex).__name__, ex)
for e in ["np.equal(['a'], np.array([1]))", "np.greater(np.array([1.0]), 'a')", "np.add(['a'], np.array([1.0]))", "np.add(1, ['a'])", "np.not_equal(True, ['a'])"]:
    try: print(e, '->', repr(eval(e)))
    except Exception as ex: print(e, '!!', type(ex).__name__, ex)
