from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass

@dataclass
class Item:
    name: str
    qty: int = 1
    tags: list = field(default_factory=list)

a = Item("a", 3)
print(a)
print(repr(Item("b")))
print(Item(name="c", qty=2, tags=["x"]))
print(a == Item("a", 3), a == Item("a", 4), a == ("a", 3, []))
print([f.name for f in fields(Item)], [f.name for f in fields(a)])
print(asdict(a), astuple(a))
b = replace(a, qty=10)
print(b, a)
print(is_dataclass(Item), is_dataclass(a), is_dataclass(3))
a.qty += 1
print(a.qty, Item.qty)
print(Item.__init__.__qualname__, Item.__repr__.__name__)
print(Item.__hash__)
print(Item.__match_args__)
print(Item("z").tags is not Item("z").tags)
