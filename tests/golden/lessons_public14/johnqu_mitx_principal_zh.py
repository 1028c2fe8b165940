# Source: https://github.com/John-Qu/MITx600/blob/b02b4360538e590e2a1459570ece45829fcb521e/codes_from_book/em_11_1_principal.py
# (as published; nothing cut)
import pylab

principal = 10000 #初始投资
interestRate = 0.05
years = 20
values = []
for i in range(years + 1):
    values.append(principal)
    principal += principal*interestRate
pylab.plot(values, linewidth = 30)
pylab.title('5% Growth, Compounded Annually',
            fontsize = 'xx-large')
pylab.xlabel('Years of Compounding', fontsize = 'x-small')
pylab.ylabel('Value of Principal ($)')
pylab.show()
