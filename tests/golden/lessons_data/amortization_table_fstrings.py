# Source: https://github.com/menezesd/finance (notebook: a mortgage amortization table printed
# with f-strings like {balance:-10.2f}; the payment from numpy_financial's npf.pmt).
# Adapted: npf.pmt (a separate package) replaced by the annuity formula it computes;
# 2 years instead of 30; the running balance and interest also checked with cumsum.
import numpy as np

def pmt(rate, nper, pv):
    return -pv * rate * (1 + rate) ** nper / ((1 + rate) ** nper - 1)

def print_amortization_table(principal, rate, years):
    monthly_rate = rate/12
    periods = years * 12
    pmt_ = pmt(monthly_rate, periods, -principal)
    balance = principal
    total_interest = 0
    print("Time  Unpaid Principal Balance\tInterest\tPayment\tTotal Interest Paid\tNew Balance")
    for i in range(periods):
      total_interest += balance * monthly_rate
      new_balance = balance + balance * monthly_rate - pmt_
      print (f"{i}\t${balance:-10.2f}\t\t${balance * monthly_rate:-8.2f}\t${pmt_:-5.2f}\t${total_interest:-10.2f}\t${new_balance:-10.2f}")
      balance = new_balance
    return pmt_

print("Amortization Table for 2-year fixed rate mortgage at 4.0% per annum")
p = print_amortization_table(1000000, 0.04, 2)

balances = 1000000 * (1 + 0.04/12) ** np.arange(25) - p * ((1 + 0.04/12) ** np.arange(25) - 1) / (0.04/12)
interest = balances[:-1] * 0.04/12
print(np.round(np.cumsum(interest), 2)[-3:])
print(f"{balances[-1]:.6f}", abs(balances[-1]) < 1e-6)
