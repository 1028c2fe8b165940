import numpy as np
for e in ["'%d' % np.str_('1')", "'%s!' % np.str_('x')", "'%r' % np.str_('x')", "'%s %s' % (np.str_('a'), 1)", "np.str_('%s') % np.str_('y')", "'%5s|' % np.str_('ab')", "np.strings.mod(['%d', '%s!'], [1, 'x'])", "np.strings.mod(['%s!', '%r'], ['a', 'b'])", "'%(k)s' % {'k': np.str_('v')}", "'%c' % np.str_('z')"]:
    try: print(e, '->', repr(eval(e)))
    except Exception as ex: print(e, '!!', type(ex).__name__, ex)
