from dataclasses import dataclass

@dataclass(frozen=True)
class Cell:
    row: int
    col: int

grid = {Cell(0, 0): 'start', Cell(2, 3): 'goal'}
grid[Cell(1, 1)] = 'wall'
grid[Cell(0, 0)] = 'home'
print(grid)
print(grid[Cell(2, 3)], Cell(1, 1) in grid, Cell(5, 5) in grid)
print(grid.get(Cell(9, 9), 'empty'), grid.get(Cell(1, 1)))
print(grid.setdefault(Cell(0, 0), 'x'), grid.setdefault(Cell(4, 4), 'new'))
print(grid.pop(Cell(1, 1)), len(grid))
del grid[Cell(4, 4)]
print(list(grid))
print(hash(Cell(1, 2)) == hash((1, 2)))
seen = {Cell(r % 2, c % 3) for r in range(4) for c in range(6)}
print(len(seen), sorted(seen, key=lambda c: (c.row, c.col)))
print(dict.fromkeys([Cell(1, 1), Cell(1, 1), Cell(0, 1)], 0))

@dataclass(eq=True, frozen=True)
class Pt:
    x: float
    y: float

print({Pt(1.0, 2.0), Pt(1, 2), Pt(0.5, 0.5)} == {Pt(0.5, 0.5), Pt(1, 2)})
moves = {(Pt(0, 0), 'N'): Pt(0, 1), (Pt(0, 0), 'E'): Pt(1, 0)}
print(moves[(Pt(0, 0), 'E')], (Pt(0.0, 0.0), 'N') in moves)
