from collections import Counter, defaultdict

class Card:
    def __init__(self, suit, rank):
        self.suit, self.rank = suit, rank
    def __eq__(self, other):
        return isinstance(other, Card) and (self.suit, self.rank) == (other.suit, other.rank)
    def __hash__(self):
        return hash((self.suit, self.rank))
    def __repr__(self):
        return f"{self.rank}{self.suit}"

hand = [Card('H', 10), Card('S', 3), Card('H', 10), Card('D', 7), Card('H', 10)]
c = Counter(hand)
print(c)
print(c[Card('H', 10)], c[Card('C', 2)], c.most_common(1))
c.update([Card('S', 3)])
print(c)
by_suit = defaultdict(list)
for card in hand:
    by_suit[card].append(card.rank)
print(by_suit)
print(dict(by_suit))
index = {}
for i, card in enumerate(hand):
    index.setdefault(card, []).append(i)
print(index)
