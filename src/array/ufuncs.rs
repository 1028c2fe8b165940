//! The ufuncs npcalc knows: one table of NumPy's names, arities and
//! identities. The evaluator looks `np.<name>` up here, element-wise
//! arithmetic (`ufunc.rs`) and `accumulate` (`accumulate.rs`) dispatch on
//! the same [`Ufunc`], so a new ufunc is one entry here plus its element
//! operation.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ufunc {
    Add,
    Subtract,
    Multiply,
    TrueDivide,
    FloorDivide,
    Remainder,
    Power,
    BitAnd,
    BitOr,
    BitXor,
    LeftShift,
    RightShift,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Maximum,
    Minimum,
}

/// A ufunc's `identity` attribute: the value a reduction over nothing gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Identity {
    None,
    Zero,
    One,
    /// All bits set: `bitwise_and`'s identity.
    MinusOne,
}

pub struct UfuncDef {
    pub ufunc: Ufunc,
    /// NumPy's `__name__` (what `<ufunc '…'>` and its messages show).
    pub name: &'static str,
    pub nin: usize,
    pub identity: Identity,
}

const fn binary(ufunc: Ufunc, name: &'static str, identity: Identity) -> UfuncDef {
    UfuncDef {
        ufunc,
        name,
        nin: 2,
        identity,
    }
}

/// Every ufunc, in the order `help(np)` lists them. Identities are
/// NumPy 2.4's (`np.add.identity` is 0, `np.maximum.identity` None).
pub static UFUNCS: &[UfuncDef] = &[
    binary(Ufunc::Add, "add", Identity::Zero),
    binary(Ufunc::Subtract, "subtract", Identity::None),
    binary(Ufunc::Multiply, "multiply", Identity::One),
    binary(Ufunc::TrueDivide, "divide", Identity::None),
    binary(Ufunc::FloorDivide, "floor_divide", Identity::None),
    binary(Ufunc::Remainder, "remainder", Identity::None),
    binary(Ufunc::Power, "power", Identity::None),
    binary(Ufunc::BitAnd, "bitwise_and", Identity::MinusOne),
    binary(Ufunc::BitOr, "bitwise_or", Identity::Zero),
    binary(Ufunc::BitXor, "bitwise_xor", Identity::Zero),
    binary(Ufunc::LeftShift, "left_shift", Identity::None),
    binary(Ufunc::RightShift, "right_shift", Identity::None),
    binary(Ufunc::Equal, "equal", Identity::None),
    binary(Ufunc::NotEqual, "not_equal", Identity::None),
    binary(Ufunc::Less, "less", Identity::None),
    binary(Ufunc::LessEqual, "less_equal", Identity::None),
    binary(Ufunc::Greater, "greater", Identity::None),
    binary(Ufunc::GreaterEqual, "greater_equal", Identity::None),
    binary(Ufunc::Maximum, "maximum", Identity::None),
    binary(Ufunc::Minimum, "minimum", Identity::None),
];

/// Other names NumPy binds to the same ufunc objects (`np.mod is np.remainder`).
const ALIASES: &[(&str, Ufunc)] = &[
    ("true_divide", Ufunc::TrueDivide),
    ("mod", Ufunc::Remainder),
];

impl Ufunc {
    pub fn def(self) -> &'static UfuncDef {
        UFUNCS
            .iter()
            .find(|d| d.ufunc == self)
            .expect("every ufunc has a table entry")
    }

    pub fn name(self) -> &'static str {
        self.def().name
    }

    /// `np.<name>`, for the ufunc's own name or an alias.
    pub fn from_name(name: &str) -> Option<Ufunc> {
        UFUNCS
            .iter()
            .map(|d| (d.name, d.ufunc))
            .chain(ALIASES.iter().copied())
            .find(|(n, _)| *n == name)
            .map(|(_, u)| u)
    }

    /// Every name `np.` offers a ufunc under, for completion and `help(np)`.
    pub fn names() -> impl Iterator<Item = &'static str> {
        UFUNCS
            .iter()
            .map(|d| d.name)
            .chain(ALIASES.iter().map(|(n, _)| *n))
    }

    pub fn is_comparison(self) -> bool {
        use Ufunc::*;
        matches!(
            self,
            Equal | NotEqual | Less | LessEqual | Greater | GreaterEqual
        )
    }

    pub fn is_bitwise(self) -> bool {
        use Ufunc::*;
        matches!(self, BitAnd | BitOr | BitXor | LeftShift | RightShift)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_aliases_resolve_to_one_entry() {
        for d in UFUNCS {
            assert_eq!(Ufunc::from_name(d.name), Some(d.ufunc));
            assert_eq!(d.ufunc.name(), d.name);
        }
        assert_eq!(Ufunc::from_name("mod"), Some(Ufunc::Remainder));
        assert_eq!(
            Ufunc::from_name("true_divide").map(Ufunc::name),
            Some("divide")
        );
        assert_eq!(Ufunc::from_name("cumsum"), None);
    }
}
