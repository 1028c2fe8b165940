import numpy as np
from dataclasses import dataclass, field, asdict

@dataclass
class Account:
    owner: str
    opening: float = 0.0
    flows: list = field(default_factory=list)

    def deposit(self, amount):
        self.flows.append(amount)

    def balances(self):
        return self.opening + np.cumsum(self.flows)

@dataclass(order=True)
class Position:
    ticker: str
    shares: int
    prices: np.ndarray = field(compare=False, repr=False, default=None)

    def values(self):
        return self.shares * np.cumsum(np.diff(self.prices, prepend=0))

acct = Account("ana", 100.0)
for amt in [25.0, -40.0, 12.5, 60.0]:
    acct.deposit(amt)
print(acct)
print(acct.balances())
print(acct.balances().max(), np.argmin(acct.balances()))
print(asdict(acct))

book = [Position("XYZ", 3, np.array([10.0, 11.0, 9.5])), Position("ABC", 5, np.array([2.0, 2.5, 3.0]))]
for pos in sorted(book):
    print(pos, pos.values())
totals = np.cumsum([p.values()[-1] for p in sorted(book)])
print(totals)
