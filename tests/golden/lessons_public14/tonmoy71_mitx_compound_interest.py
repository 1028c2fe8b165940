# Source: https://github.com/tonmoy71/MITx-6.00x/blob/2d5e8fc7864cd270f68b7377ef65bcd17a65ebaa/Excercise/Week_7/compound_interest.py
# (as published; nothing cut)
import pylab

principal = 10000 #initial investment
interestRate = 0.05
years = 20
values = []
for i in range(years + 1):
    values.append(principal)
    principal += principal*interestRate
pylab.plot(range(years + 1), values, linewidth = 10)
pylab.title('5% Growth, Compounded Annually', fontsize = 12)
pylab.xlabel('Years of Compounding', fontsize = 6)
pylab.ylabel('Value of Principal ($)', fontsize = 20)
pylab.show()
