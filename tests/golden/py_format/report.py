import numpy as np

# A cumsum lesson's report: running totals printed with printf-style and str.format.
deposits = np.array([100.25, 250.5, -75.125, 1000.0])
totals = np.cumsum(deposits)
print('%-8s %10s %12s' % ('step', 'deposit', 'balance'))
print('{:<8d} {:>10.2f} {:>12,.2f}'.format(0, deposits[0], totals[0]))
print('{:<8d} {:>10.2f} {:>12,.2f}'.format(3, deposits[3], totals[3]))
print('final balance: %.3f, %d steps' % (totals[-1], len(totals)))
print('share of first deposit: {:.1%}'.format(deposits[0] / totals[-1]))
print(format(totals[-1], '_.1f'), format(len(totals), '08b'))
print('{!r} vs {!s}'.format(totals[-1], totals[-1]))
print('0.1 + 0.2 = %.20f' % np.cumsum([0.1, 0.2])[-1])
print('  '.join('rounded {:.0f}'.format(totals[1]).split()))
names = ['cumsum', 'cumprod']
names.append('nancumsum')
names.sort(key=len)
print(', '.join(names).upper())
