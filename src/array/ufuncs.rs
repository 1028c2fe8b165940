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
    Negative,
    Positive,
    Absolute,
    Fabs,
    Sign,
    Square,
    Sqrt,
    Reciprocal,
    Floor,
    Ceil,
    Trunc,
    Rint,
    Conjugate,
    LogicalNot,
    Invert,
    Signbit,
    IsNan,
    IsInf,
    IsFinite,
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

/// What a one-input ufunc does with a bool input that has no bool loop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolInput {
    /// NumPy's linear search: the first loop bool casts to safely.
    Search,
    /// NumPy's uniform type resolver finds no bool loop.
    NoLoop,
    /// A TypeError of the ufunc's own.
    Refused(&'static str),
}

pub struct UfuncDef {
    pub ufunc: Ufunc,
    /// NumPy's `__name__` (what `<ufunc '…'>` and its messages show).
    pub name: &'static str,
    pub nin: usize,
    pub identity: Identity,
    /// For one-input ufuncs with exact kernels (`unary.rs`): the loops as
    /// NumPy's `ufunc.types` lists them ("ee" for `e->e`), in its order,
    /// without the longdouble, timedelta and object loops npcalc lacks.
    pub loops: &'static str,
    pub bool_input: BoolInput,
}

const fn binary(ufunc: Ufunc, name: &'static str, identity: Identity) -> UfuncDef {
    UfuncDef {
        ufunc,
        name,
        nin: 2,
        identity,
        loops: "",
        bool_input: BoolInput::Search,
    }
}

const fn unary(ufunc: Ufunc, name: &'static str, loops: &'static str) -> UfuncDef {
    UfuncDef {
        ufunc,
        name,
        nin: 1,
        identity: Identity::None,
        loops,
        bool_input: BoolInput::Search,
    }
}

const fn unary_no_bool(
    ufunc: Ufunc,
    name: &'static str,
    loops: &'static str,
    bool_input: BoolInput,
) -> UfuncDef {
    UfuncDef {
        bool_input,
        ..unary(ufunc, name, loops)
    }
}

/// The integer loops most one-input ufuncs list first.
macro_rules! ints {
    () => {
        "bb BB hh HH ii II ll LL "
    };
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
    // Loops from NumPy 2.4.6's `np.<name>.types`; the ufuncs with kernels
    // of their own (negative … isfinite without loops) resolve there.
    unary_no_bool(
        Ufunc::Negative,
        "negative",
        "",
        BoolInput::Refused(
            "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.",
        ),
    ),
    unary_no_bool(Ufunc::Positive, "positive", "", BoolInput::NoLoop),
    unary(Ufunc::Absolute, "absolute", ""),
    unary(Ufunc::Fabs, "fabs", "ee ff dd"),
    unary_no_bool(
        Ufunc::Sign,
        "sign",
        concat!(ints!(), "ee ff dd FF DD"),
        BoolInput::NoLoop,
    ),
    unary(Ufunc::Square, "square", concat!(ints!(), "ee ff dd FF DD")),
    unary(Ufunc::Sqrt, "sqrt", ""),
    unary(
        Ufunc::Reciprocal,
        "reciprocal",
        concat!(ints!(), "ee ff dd FF DD"),
    ),
    unary(Ufunc::Floor, "floor", concat!("?? ", ints!(), "ee ff dd")),
    unary(Ufunc::Ceil, "ceil", concat!("?? ", ints!(), "ee ff dd")),
    unary(Ufunc::Trunc, "trunc", concat!("?? ", ints!(), "ee ff dd")),
    unary(Ufunc::Rint, "rint", "ee ff dd FF DD"),
    unary(
        Ufunc::Conjugate,
        "conjugate",
        concat!(ints!(), "ee ff dd FF DD"),
    ),
    unary(
        Ufunc::LogicalNot,
        "logical_not",
        "?? b? B? h? H? i? I? l? L? e? f? d? F? D?",
    ),
    unary(Ufunc::Invert, "invert", ""),
    unary(Ufunc::Signbit, "signbit", "e? f? d?"),
    unary(Ufunc::IsNan, "isnan", ""),
    unary(Ufunc::IsInf, "isinf", ""),
    unary(Ufunc::IsFinite, "isfinite", ""),
];

/// Other names NumPy binds to the same ufunc objects (`np.mod is np.remainder`).
const ALIASES: &[(&str, Ufunc)] = &[
    ("true_divide", Ufunc::TrueDivide),
    ("mod", Ufunc::Remainder),
    ("abs", Ufunc::Absolute),
    ("conj", Ufunc::Conjugate),
    ("bitwise_not", Ufunc::Invert),
    ("bitwise_invert", Ufunc::Invert),
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
