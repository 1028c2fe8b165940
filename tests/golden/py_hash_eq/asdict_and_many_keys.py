from dataclasses import dataclass, asdict, field

@dataclass(frozen=True)
class Cell:
    r: int
    c: int

@dataclass
class Board:
    marks: dict = field(default_factory=dict)

b = Board({Cell(0, 0): 'X', Cell(1, 1): 'O'})
print(asdict(b))

visits = {}
for i in range(3000):
    cell = Cell(i % 37, (i * 7) % 23)
    visits[cell] = visits.get(cell, 0) + 1
print(len(visits), visits[Cell(0, 0)], max(visits.values()))
for i in range(0, 3000, 2):
    visits.pop(Cell(i % 37, (i * 7) % 23), None)
print(len(visits), list(visits)[:3])
seen = set()
for i in range(3000):
    seen.add(Cell(i % 11, i % 13))
print(len(seen), Cell(3, 4) in seen, Cell(20, 0) in seen)
