//! A Python list's storage. A list whose items are all ints that fit in 64
//! bits, or all floats, keeps them unboxed: 8 bytes an item instead of a
//! 32-byte `Value` (CPython's `[0] * n` is 8 bytes an item too, pointers to
//! one shared int), and `np.array` reads them without a per-item dispatch.
//! The first use that needs `Value`s in place (`borrow`, `borrow_mut`)
//! unpacks the list once, as V8 moves an array to a more general elements
//! kind; reads by position, appends of the same kind, repeats and
//! conversions keep it packed.

use super::value::Value;
use crate::syntax::ast::{Expr, ExprKind, UnaryOp};
use num_traits::ToPrimitive;
use std::cell::{Cell, Ref, RefCell, RefMut};

pub use crate::syntax::ast::Packed;

#[derive(Debug)]
pub struct List {
    /// Either the items are here, or `values` holds them.
    packed: RefCell<Option<Packed>>,
    values: RefCell<Vec<Value>>,
    /// How many item slots CPython's list would have allocated, as far as
    /// npcalc follows it (`sys.getsizeof` reports it); None after a change
    /// whose effect on CPython's storage is not modelled.
    allocated: Cell<Option<usize>>,
}

/// How CPython sizes a new list's storage, by the way it was built.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alloc {
    /// `PyList_New(n)` or `list_new_prealloc(n)`: room for exactly its
    /// items (a display of few or non-constant items, `l * n`, `l + m`).
    Exact,
    /// `list_preallocate_exact`: rounded up to an even count (`list(x)` of a
    /// sized `x`, a display of more than two constants).
    Even,
    /// Grown by appends from empty (a comprehension, a long display).
    Appended,
}

/// CPython 3.11's `list_resize`: the slots allocated after resizing a list
/// of `size` items in `allocated` slots to `newsize` items.
pub fn list_resize(allocated: usize, size: usize, newsize: usize) -> usize {
    if allocated >= newsize && newsize >= allocated >> 1 {
        return allocated;
    }
    // Over-allocate in proportion, but not when the new size is closer to
    // the over-allocated size than to the old one.
    let mut new_allocated = (newsize + (newsize >> 3) + 6) & !3;
    if newsize.abs_diff(size) > new_allocated - newsize {
        new_allocated = (newsize + 3) & !3;
    }
    if newsize == 0 { 0 } else { new_allocated }
}

impl Packed {
    pub(crate) fn len(&self) -> usize {
        match self {
            Packed::Ints(xs) => xs.len(),
            Packed::Floats(xs) => xs.len(),
        }
    }

    fn get(&self, i: usize) -> Option<Value> {
        match self {
            Packed::Ints(xs) => xs.get(i).map(|&x| Value::int(x)),
            Packed::Floats(xs) => xs.get(i).map(|&x| Value::Float(x)),
        }
    }

    fn to_values(&self) -> Vec<Value> {
        match self {
            Packed::Ints(xs) => xs.iter().map(|&x| Value::int(x)).collect(),
            Packed::Floats(xs) => xs.iter().map(|&x| Value::Float(x)).collect(),
        }
    }

    /// A display's items packed straight from its tree when each is a
    /// number literal, signed or not, all ints of 64 bits or all floats:
    /// what evaluating and packing them would give, without a `Value` each
    /// (a long literal list is most of a data lesson's source).
    pub fn of_literals(items: &[Expr]) -> Option<Packed> {
        fn literal(e: &Expr) -> Option<(bool, &ExprKind)> {
            match &e.kind {
                ExprKind::Unary(UnaryOp::Neg, x) => Some((true, &x.kind)),
                ExprKind::Unary(UnaryOp::Pos, x) => Some((false, &x.kind)),
                ExprKind::Int(_) | ExprKind::Float(_) => Some((false, &e.kind)),
                _ => None,
            }
        }
        match literal(items.first()?)?.1 {
            ExprKind::Int(_) => items
                .iter()
                .map(|e| match literal(e)? {
                    (neg, ExprKind::Int(i)) => {
                        let i = i.to_i64()?;
                        if neg { i.checked_neg() } else { Some(i) }
                    }
                    _ => None,
                })
                .collect::<Option<Vec<i64>>>()
                .map(Packed::Ints),
            ExprKind::Float(_) => items
                .iter()
                .map(|e| match literal(e)? {
                    (neg, ExprKind::Float(f)) => Some(if neg { -f } else { *f }),
                    _ => None,
                })
                .collect::<Option<Vec<f64>>>()
                .map(Packed::Floats),
            _ => None,
        }
    }

    /// The items packed, if they all are ints of 64 bits or all floats.
    fn pack(items: &[Value]) -> Option<Packed> {
        match items.first() {
            None => Some(Packed::Ints(Vec::new())),
            Some(Value::Int(_)) => items
                .iter()
                .map(|v| match v {
                    Value::Int(i) => i.to_i64(),
                    _ => None,
                })
                .collect::<Option<Vec<i64>>>()
                .map(Packed::Ints),
            Some(Value::Float(_)) => items
                .iter()
                .map(|v| match v {
                    Value::Float(f) => Some(*f),
                    _ => None,
                })
                .collect::<Option<Vec<f64>>>()
                .map(Packed::Floats),
            Some(_) => None,
        }
    }

    /// Appends `v` if it is of this list's kind (any number to an empty one).
    fn push(&mut self, v: &Value) -> bool {
        if self.len() == 0
            && let Some(p) = Packed::pack(std::slice::from_ref(v))
        {
            *self = p;
            return true;
        }
        match (self, v) {
            (Packed::Ints(xs), Value::Int(i)) => i.to_i64().map(|i| xs.push(i)).is_some(),
            (Packed::Floats(xs), Value::Float(f)) => {
                xs.push(*f);
                true
            }
            _ => false,
        }
    }
}

impl List {
    pub fn new(items: Vec<Value>) -> List {
        match Packed::pack(&items) {
            Some(p) => List::packed(p),
            None => List {
                packed: RefCell::new(None),
                values: RefCell::new(items),
                allocated: Cell::new(None),
            },
        }
    }

    pub fn packed(p: Packed) -> List {
        List {
            packed: RefCell::new(Some(p)),
            values: RefCell::new(Vec::new()),
            allocated: Cell::new(None),
        }
    }

    /// The list with its storage sized as CPython's built by `how`.
    pub fn allocated_as(self, how: Alloc) -> List {
        let n = self.len();
        self.allocated.set(Some(match how {
            Alloc::Exact => n,
            Alloc::Even => (n + 1) & !1,
            Alloc::Appended => (0..n).fold(0, |a, k| list_resize(a, k, k + 1)),
        }));
        self
    }

    /// The item slots CPython would have allocated, if npcalc knows them.
    pub fn allocated(&self) -> Option<usize> {
        self.allocated.get()
    }

    /// The packed items, if the list is packed (for readers that take
    /// numbers directly); None once it holds `Value`s.
    pub fn packed_items(&self) -> Option<Ref<'_, Packed>> {
        Ref::filter_map(self.packed.borrow(), Option::as_ref).ok()
    }

    /// The items in place as `Value`s, unpacking a packed list first.
    pub fn borrow(&self) -> Ref<'_, Vec<Value>> {
        self.unpack();
        self.values.borrow()
    }

    /// The items in place for any change: CPython's storage is then no
    /// longer followed.
    pub fn borrow_mut(&self) -> RefMut<'_, Vec<Value>> {
        self.allocated.set(None);
        self.unpack();
        self.values.borrow_mut()
    }

    fn unpack(&self) {
        if let Some(p) = self.packed.borrow_mut().take() {
            *self.values.borrow_mut() = p.to_values();
        }
    }

    pub fn len(&self) -> usize {
        match &*self.packed.borrow() {
            Some(p) => p.len(),
            None => self.values.borrow().len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The item at `i`, without unpacking.
    pub fn get(&self, i: usize) -> Option<Value> {
        match &*self.packed.borrow() {
            Some(p) => p.get(i),
            None => self.values.borrow().get(i).cloned(),
        }
    }

    /// The items one by one, read by position without unpacking (an item
    /// appended meanwhile is seen, as by a Python loop).
    pub fn iter(&self) -> impl Iterator<Item = Value> + '_ {
        (0..).map_while(|i| self.get(i))
    }

    /// A copy of the items as `Value`s, leaving the list as it is.
    pub fn to_vec(&self) -> Vec<Value> {
        match &*self.packed.borrow() {
            Some(p) => p.to_values(),
            None => self.values.borrow().clone(),
        }
    }

    /// A new list of the same items (`l[:]`, `list(l)`), packed if this is.
    pub fn copy(&self) -> List {
        match &*self.packed.borrow() {
            Some(p) => List::packed(p.clone()),
            None => List::new(self.values.borrow().clone()),
        }
    }

    /// `l.append(v)`, resizing as CPython's `app1` does.
    pub fn push(&self, v: Value) {
        let n = self.len();
        let allocated = self.allocated.get().map(|a| list_resize(a, n, n + 1));
        if let Some(p) = &mut *self.packed.borrow_mut()
            && p.push(&v)
        {
            self.allocated.set(allocated);
            return;
        }
        self.borrow_mut().push(v);
        self.allocated.set(allocated);
    }

    /// `l[i] = v` for an index known to be in range.
    pub fn set(&self, i: usize, v: Value) {
        if let Some(p) = &mut *self.packed.borrow_mut() {
            match (p, &v) {
                (Packed::Ints(xs), Value::Int(n)) => {
                    if let Some(n) = n.to_i64() {
                        xs[i] = n;
                        return;
                    }
                }
                (Packed::Floats(xs), Value::Float(f)) => {
                    xs[i] = *f;
                    return;
                }
                _ => {}
            }
        }
        self.borrow_mut()[i] = v;
    }

    /// `self == other` when both are packed with one kind (None otherwise:
    /// the items are compared as values).
    pub fn packed_eq(&self, other: &List) -> Option<bool> {
        match (&*self.packed_items()?, &*other.packed_items()?) {
            (Packed::Ints(x), Packed::Ints(y)) => Some(x == y),
            (Packed::Floats(x), Packed::Floats(y)) => Some(x == y),
            _ => None,
        }
    }

    /// `n` copies of the items one after another (`l * n`).
    pub fn repeated(&self, n: usize) -> crate::error::Result<List> {
        use super::alloc::repeated;
        Ok(match &*self.packed.borrow() {
            Some(Packed::Ints(xs)) => List::packed(Packed::Ints(repeated(xs, n)?)),
            Some(Packed::Floats(xs)) => List::packed(Packed::Floats(repeated(xs, n)?)),
            None => List::new(repeated(&self.values.borrow(), n)?),
        }
        .allocated_as(Alloc::Exact))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    fn kind(l: &List) -> &'static str {
        match l.packed_items().as_deref() {
            Some(Packed::Ints(_)) => "ints",
            Some(Packed::Floats(_)) => "floats",
            None => "values",
        }
    }

    #[test]
    fn numbers_stay_packed_until_a_use_needs_values() {
        let l = List::new(vec![Value::int(1), Value::int(2)]);
        assert_eq!(kind(&l), "ints");
        l.push(Value::int(3));
        l.set(0, Value::int(-7));
        assert_eq!(kind(&l), "ints");
        assert_eq!(l.len(), 3);
        assert!(matches!(l.get(0), Some(Value::Int(i)) if i == BigInt::from(-7)));
        assert_eq!(l.repeated(2).unwrap().len(), 6);
        // A float among ints stays a Python float: the list unpacks.
        l.push(Value::Float(0.5));
        assert_eq!(kind(&l), "values");
        assert_eq!(l.len(), 4);
        assert!(matches!(l.get(3), Some(Value::Float(f)) if f == 0.5));
    }

    #[test]
    fn only_ints_of_64_bits_and_floats_pack() {
        let big = Value::Int(BigInt::from(i64::MAX) + 1);
        assert_eq!(kind(&List::new(vec![Value::int(1), big.clone()])), "values");
        assert_eq!(kind(&List::new(vec![Value::Bool(true)])), "values");
        assert_eq!(
            kind(&List::new(vec![Value::Float(1.0), Value::int(1)])),
            "values"
        );
        assert_eq!(kind(&List::new(vec![Value::Float(f64::NAN)])), "floats");
        // An empty list takes the kind of its first item.
        let l = List::new(Vec::new());
        l.push(Value::Float(2.0));
        assert_eq!(kind(&l), "floats");
        let l = List::new(Vec::new());
        l.push(big);
        assert_eq!(kind(&l), "values");
    }

    /// The items of the list display `src` packed from its tree.
    fn literals(src: &str) -> Option<Packed> {
        let stmts = crate::syntax::parse(src).unwrap();
        let crate::syntax::ast::StmtKind::Expr(e) = &stmts[0].kind else {
            panic!("not an expression: {src}")
        };
        let ExprKind::List(items) = &e.kind else {
            panic!("not a list: {src}")
        };
        Packed::of_literals(items)
    }

    #[test]
    fn number_displays_pack_from_the_tree_as_evaluated() {
        assert!(matches!(literals("[1, -2, +3]"), Some(Packed::Ints(v)) if v == [1, -2, 3]));
        assert!(matches!(literals("[-0.0, 2.5]"),
            Some(Packed::Floats(v)) if v[0].is_sign_negative() && v[1] == 2.5));
        // Whatever evaluation must decide is left to it.
        for src in [
            "[]",
            "[1, 2.0]",
            "[True]",
            "[-9223372036854775808]",
            "[2**3]",
            "[x]",
            "[--1]",
        ] {
            assert!(literals(src).is_none(), "{src}");
        }
    }

    #[test]
    fn long_displays_are_packed_by_the_parser_as_evaluation_packs_short_ones() {
        for items in [
            "1, -2, +3",
            "0x10, 1_000, -0o7, 0",
            "2.5, -0.0, -1e300, +1_0.5",
            "9223372036854775807, -9223372036854775807",
            "-9223372036854775808, 1",
            "9223372036854775808, 1",
            "1, 2.0",
            "2.0, 1",
            "True, 1",
            "1, 'a'",
            "1j, 2",
            "[1], 2",
        ] {
            let short = literals(&format!("[{items}]"));
            // Long enough for the parser's literal-list path.
            let long_src = format!("[{}]", vec![items; 40].join(", "));
            let stmts = crate::syntax::parse(&long_src).unwrap();
            let crate::syntax::ast::StmtKind::Expr(e) = &stmts[0].kind else {
                panic!("not an expression")
            };
            let long = match &e.kind {
                ExprKind::PackedList { items, .. } => Some(items.clone()),
                ExprKind::List(_) => None,
                _ => panic!("not a list: {items}"),
            };
            let repeated = short.map(|p| match p {
                Packed::Ints(v) => Packed::Ints(v.repeat(40)),
                Packed::Floats(v) => Packed::Floats(v.repeat(40)),
            });
            // Debug output tells -0.0 from 0.0.
            assert_eq!(format!("{long:?}"), format!("{repeated:?}"), "{items}");
        }
    }

    #[test]
    fn borrowing_unpacks_in_place() {
        let l = List::new(vec![Value::Float(1.0)]);
        l.borrow_mut().push(Value::None);
        assert_eq!(kind(&l), "values");
        assert_eq!(l.to_vec().len(), 2);
    }
}
