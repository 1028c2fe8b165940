//! The ufuncs npcalc knows: one table of NumPy's names, arities and
//! identities. The evaluator looks `np.<name>` up here, element-wise
//! arithmetic (`ufunc.rs`) and `accumulate` (`accumulate.rs`) dispatch on
//! the same [`Ufunc`], so a new ufunc is one entry here plus its element
//! operation.

use super::DType;
use super::promote::DTypeClass;
use crate::error::{Error, Exc};

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
    BitwiseCount,
    Signbit,
    IsNan,
    IsInf,
    IsFinite,
    Exp,
    Exp2,
    Expm1,
    Log,
    Log2,
    Log10,
    Log1p,
    Sin,
    Cos,
    Tan,
    Arcsin,
    Arccos,
    Arctan,
    Sinh,
    Cosh,
    Tanh,
    Arcsinh,
    Arccosh,
    Arctanh,
    Cbrt,
    FloatPower,
    Fmax,
    Fmin,
    LogicalAnd,
    LogicalOr,
    LogicalXor,
    Hypot,
    Arctan2,
    Copysign,
    Gcd,
    Lcm,
    Logaddexp,
    Logaddexp2,
    Heaviside,
    Nextafter,
    Fmod,
    Deg2rad,
    Rad2deg,
    Degrees,
    Radians,
    Spacing,
    Divmod,
    Modf,
    Frexp,
    Ldexp,
}

/// A ufunc's `identity` attribute: the value a reduction over nothing gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Identity {
    None,
    Zero,
    One,
    /// All bits set: `bitwise_and`'s identity.
    MinusOne,
    True,
    False,
    /// `-inf`: logaddexp's identity.
    NegInf,
}

pub struct UfuncDef {
    pub ufunc: Ufunc,
    /// NumPy's `__name__` (what `<ufunc '…'>` and its messages show).
    pub name: &'static str,
    pub nin: usize,
    /// How many arrays a call returns (divmod, modf and frexp: a pair).
    pub nout: usize,
    pub identity: Identity,
    /// NumPy 2.4.6's `ufunc.types`, in its order (`"e->e f->f"`): the
    /// `types`/`ntypes` attributes print it, and the loops npcalc runs are
    /// the ones whose type codes it has (`loops`), found by NumPy's linear
    /// search (the first loop the inputs cast to safely).
    pub types: &'static str,
    /// A one-input ufunc's own TypeError for a bool input (negative's).
    pub bool_refused: Option<&'static str>,
    /// Typed by NumPy's uniform resolver (the loop is the input's dtype's),
    /// not the linear search over `types`: an input dtype with no loop of
    /// its own (bool for positive and sign, a string for any of them) is
    /// then a UFuncTypeError naming its DType class, not the search's
    /// TypeError.
    pub uniform: bool,
    /// One sentence for `help(np)` and `help(np.<name>)`.
    pub doc: &'static str,
}

const fn binary(
    ufunc: Ufunc,
    name: &'static str,
    identity: Identity,
    types: &'static str,
) -> UfuncDef {
    UfuncDef {
        ufunc,
        name,
        nin: 2,
        nout: 1,
        identity,
        types,
        bool_refused: None,
        uniform: false,
        doc: "",
    }
}

const fn unary(ufunc: Ufunc, name: &'static str, types: &'static str) -> UfuncDef {
    UfuncDef {
        ufunc,
        name,
        nin: 1,
        nout: 1,
        identity: Identity::None,
        types,
        bool_refused: None,
        uniform: false,
        doc: "",
    }
}

const fn unary_no_bool(
    ufunc: Ufunc,
    name: &'static str,
    types: &'static str,
    refusal: &'static str,
) -> UfuncDef {
    UfuncDef {
        bool_refused: Some(refusal),
        ..unary(ufunc, name, types)
    }
}

impl UfuncDef {
    const fn doc(self, doc: &'static str) -> UfuncDef {
        UfuncDef { doc, ..self }
    }
    const fn pair(self) -> UfuncDef {
        UfuncDef { nout: 2, ..self }
    }
    const fn uniform(self) -> UfuncDef {
        UfuncDef {
            uniform: true,
            ..self
        }
    }
}

/// Every ufunc, in the order `help(np)` lists them, with NumPy 2.4.6's
/// identities and `types` (copied from the oracle's `np.<name>.types`).
/// Some one-input ufuncs (negative … isfinite) have kernels of their own
/// that resolve their loops there; the rest run the loops listed here.
pub static UFUNCS: &[UfuncDef] = &[
    binary(
        Ufunc::Add,
        "add",
        Identity::Zero,
        "??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L qq->q QQ->Q ee->e ff->f dd->d gg->g FF->F DD->D GG->G Mm->M mm->m mM->M OO->O",
    )
    .uniform()
    .doc("x1 + x2."),
    binary(
        Ufunc::Subtract,
        "subtract",
        Identity::None,
        "bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L qq->q QQ->Q ee->e ff->f dd->d gg->g FF->F DD->D GG->G Mm->M mm->m MM->m OO->O",
    )
    .uniform()
    .doc("x1 - x2."),
    binary(
        Ufunc::Multiply,
        "multiply",
        Identity::One,
        "??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L qq->q QQ->Q ee->e ff->f dd->d gg->g FF->F DD->D GG->G mq->m qm->m md->m dm->m OO->O",
    )
    .uniform()
    .doc("x1 * x2."),
    binary(
        Ufunc::TrueDivide,
        "divide",
        Identity::None,
        "ee->e ff->f dd->d gg->g FF->F DD->D GG->G mq->m md->m mm->d OO->O",
    )
    .doc("x1 / x2 (true division)."),
    binary(
        Ufunc::FloorDivide,
        "floor_divide",
        Identity::None,
        "bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L qq->q QQ->Q ee->e ff->f dd->d gg->g mq->m md->m mm->q OO->O",
    )
    .doc("x1 // x2."),
    binary(
        Ufunc::Remainder,
        "remainder",
        Identity::None,
        "bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L qq->q QQ->Q ee->e ff->f dd->d gg->g mm->m OO->O",
    )
    .doc("x1 % x2, with the sign of x2."),
    binary(
        Ufunc::Power,
        "power",
        Identity::None,
        "bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L qq->q QQ->Q ee->e ff->f dd->d ee->e ff->f dd->d gg->g FF->F DD->D GG->G OO->O",
    )
    .doc("x1 ** x2."),
    binary(
        Ufunc::BitAnd,
        "bitwise_and",
        Identity::MinusOne,
        "??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L qq->q QQ->Q OO->O",
    )
    .doc("x1 & x2."),
    binary(
        Ufunc::BitOr,
        "bitwise_or",
        Identity::Zero,
        "??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L qq->q QQ->Q OO->O",
    )
    .doc("x1 | x2."),
    binary(
        Ufunc::BitXor,
        "bitwise_xor",
        Identity::Zero,
        "??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L qq->q QQ->Q OO->O",
    )
    .doc("x1 ^ x2."),
    binary(
        Ufunc::LeftShift,
        "left_shift",
        Identity::None,
        "bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L qq->q QQ->Q OO->O",
    )
    .doc("x1 << x2."),
    binary(
        Ufunc::RightShift,
        "right_shift",
        Identity::None,
        "bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L qq->q QQ->Q OO->O",
    )
    .doc("x1 >> x2."),
    binary(
        Ufunc::Equal,
        "equal",
        Identity::None,
        "??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? qq->? QQ->? qQ->? Qq->? ee->? ff->? dd->? gg->? FF->? DD->? GG->? MM->? mm->? OO->? OO->O",
    )
    .doc("x1 == x2."),
    binary(
        Ufunc::NotEqual,
        "not_equal",
        Identity::None,
        "??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? qq->? QQ->? qQ->? Qq->? ee->? ff->? dd->? gg->? FF->? DD->? GG->? MM->? mm->? OO->? OO->O",
    )
    .doc("x1 != x2."),
    binary(
        Ufunc::Less,
        "less",
        Identity::None,
        "??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? qq->? QQ->? qQ->? Qq->? ee->? ff->? dd->? gg->? FF->? DD->? GG->? MM->? mm->? OO->? OO->O",
    )
    .doc("x1 < x2."),
    binary(
        Ufunc::LessEqual,
        "less_equal",
        Identity::None,
        "??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? qq->? QQ->? qQ->? Qq->? ee->? ff->? dd->? gg->? FF->? DD->? GG->? MM->? mm->? OO->? OO->O",
    )
    .doc("x1 <= x2."),
    binary(
        Ufunc::Greater,
        "greater",
        Identity::None,
        "??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? qq->? QQ->? qQ->? Qq->? ee->? ff->? dd->? gg->? FF->? DD->? GG->? MM->? mm->? OO->? OO->O",
    )
    .doc("x1 > x2."),
    binary(
        Ufunc::GreaterEqual,
        "greater_equal",
        Identity::None,
        "??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? qq->? QQ->? qQ->? Qq->? ee->? ff->? dd->? gg->? FF->? DD->? GG->? MM->? mm->? OO->? OO->O",
    )
    .doc("x1 >= x2."),
    binary(
        Ufunc::Maximum,
        "maximum",
        Identity::None,
        "??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L qq->q QQ->Q ee->e ff->f dd->d gg->g FF->F DD->D GG->G mm->m MM->M OO->O",
    )
    .uniform()
    .doc("The larger of x1 and x2 (NaN if either is NaN)."),
    binary(
        Ufunc::Minimum,
        "minimum",
        Identity::None,
        "??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L qq->q QQ->Q ee->e ff->f dd->d gg->g FF->F DD->D GG->G mm->m MM->M OO->O",
    )
    .uniform()
    .doc("The smaller of x1 and x2 (NaN if either is NaN)."),
    unary_no_bool(
        Ufunc::Negative,
        "negative",
        "b->b B->B h->h H->H i->i I->I l->l L->L q->q Q->Q e->e f->f d->d g->g m->m F->F D->D G->G O->O",
        "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.",
    )
    .uniform()
    .doc("-x."),
    unary(
        Ufunc::Positive,
        "positive",
        "b->b B->B h->h H->H i->i I->I l->l L->L q->q Q->Q e->e f->f d->d g->g m->m F->F D->D G->G O->O",
    )
    .uniform()
    .doc("+x."),
    unary(
        Ufunc::Absolute,
        "absolute",
        "?->? b->b B->B h->h H->H i->i I->I l->l L->L q->q Q->Q e->e f->f d->d g->g m->m F->f D->d G->g O->O",
    )
    .uniform()
    .doc("|x|."),
    unary(Ufunc::Fabs, "fabs", "e->e f->f d->d g->g O->O").doc("|x| for real numbers, as a float."),
    unary(
        Ufunc::Sign,
        "sign",
        "b->b B->B h->h H->H i->i I->I l->l L->L q->q Q->Q e->e f->f d->d g->g F->F D->D G->G m->m O->O",
    )
    .uniform()
    .doc("-1, 0 or 1 by the sign of x."),
    unary(
        Ufunc::Square,
        "square",
        "b->b B->B h->h H->H i->i I->I l->l L->L q->q Q->Q e->e f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("x * x."),
    unary(
        Ufunc::Sqrt,
        "sqrt",
        "e->e f->f d->d f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("The square root of x."),
    unary(
        Ufunc::Reciprocal,
        "reciprocal",
        "b->b B->B h->h H->H i->i I->I l->l L->L q->q Q->Q e->e f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("1 / x."),
    unary(
        Ufunc::Floor,
        "floor",
        "?->? b->b B->B h->h H->H i->i I->I l->l L->L q->q Q->Q e->e f->f d->d f->f d->d g->g O->O",
    )
    .doc("The largest integer <= x."),
    unary(
        Ufunc::Ceil,
        "ceil",
        "?->? b->b B->B h->h H->H i->i I->I l->l L->L q->q Q->Q e->e f->f d->d f->f d->d g->g O->O",
    )
    .doc("The smallest integer >= x."),
    unary(
        Ufunc::Trunc,
        "trunc",
        "?->? b->b B->B h->h H->H i->i I->I l->l L->L q->q Q->Q e->e f->f d->d f->f d->d g->g O->O",
    )
    .doc("x rounded toward zero."),
    unary(
        Ufunc::Rint,
        "rint",
        "e->e f->f d->d f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("x rounded to the nearest integer, ties to even."),
    unary(
        Ufunc::Conjugate,
        "conjugate",
        "b->b B->B h->h H->H i->i I->I l->l L->L q->q Q->Q e->e f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("The complex conjugate of x."),
    unary(
        Ufunc::LogicalNot,
        "logical_not",
        "?->? b->? B->? h->? H->? i->? I->? l->? L->? q->? Q->? e->? f->? d->? g->? F->? D->? G->? O->O",
    )
    .doc("not x, element by element."),
    unary(
        Ufunc::Invert,
        "invert",
        "?->? b->b B->B h->h H->H i->i I->I l->l L->L q->q Q->Q O->O",
    )
    .doc("~x (bitwise not)."),
    unary(
        Ufunc::BitwiseCount,
        "bitwise_count",
        "b->B B->B h->B H->B i->B I->B l->B L->B q->B Q->B O->O",
    )
    .doc("The number of 1-bits in the absolute value of x."),
    unary(Ufunc::Signbit, "signbit", "e->? f->? d->? g->?").doc("Whether the sign bit of x is set."),
    unary(
        Ufunc::IsNan,
        "isnan",
        "?->? b->? B->? h->? H->? i->? I->? l->? L->? q->? Q->? e->? f->? d->? g->? F->? D->? G->? m->? M->?",
    )
    .doc("Whether x is NaN."),
    unary(
        Ufunc::IsInf,
        "isinf",
        "?->? b->? B->? h->? H->? i->? I->? l->? L->? q->? Q->? e->? f->? d->? g->? F->? D->? G->? m->? M->?",
    )
    .doc("Whether x is infinite."),
    unary(
        Ufunc::IsFinite,
        "isfinite",
        "?->? b->? B->? h->? H->? i->? I->? l->? L->? q->? Q->? e->? f->? d->? g->? F->? D->? G->? m->? M->?",
    )
    .doc("Whether x is finite."),
    unary(
        Ufunc::Exp,
        "exp",
        "e->e f->f d->d f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("e ** x."),
    unary(
        Ufunc::Exp2,
        "exp2",
        "e->e f->f d->d e->e f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("2 ** x."),
    unary(
        Ufunc::Expm1,
        "expm1",
        "e->e f->f d->d e->e f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("e ** x - 1, accurate for small x."),
    unary(
        Ufunc::Log,
        "log",
        "e->e f->f d->d f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("The natural logarithm of x."),
    unary(
        Ufunc::Log2,
        "log2",
        "e->e f->f d->d e->e f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("The base-2 logarithm of x."),
    unary(
        Ufunc::Log10,
        "log10",
        "e->e f->f d->d e->e f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("The base-10 logarithm of x."),
    unary(
        Ufunc::Log1p,
        "log1p",
        "e->e f->f d->d e->e f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("log(1 + x), accurate for small x."),
    unary(Ufunc::Sin, "sin", "e->e f->f d->d g->g F->F D->D G->G O->O").doc("The sine of x (radians)."),
    unary(Ufunc::Cos, "cos", "e->e f->f d->d g->g F->F D->D G->G O->O").doc("The cosine of x (radians)."),
    unary(
        Ufunc::Tan,
        "tan",
        "e->e f->f d->d e->e f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("The tangent of x (radians)."),
    unary(
        Ufunc::Arcsin,
        "arcsin",
        "e->e f->f d->d e->e f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("The inverse sine of x, in [-pi/2, pi/2]."),
    unary(
        Ufunc::Arccos,
        "arccos",
        "e->e f->f d->d e->e f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("The inverse cosine of x, in [0, pi]."),
    unary(
        Ufunc::Arctan,
        "arctan",
        "e->e f->f d->d e->e f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("The inverse tangent of x, in (-pi/2, pi/2)."),
    unary(
        Ufunc::Sinh,
        "sinh",
        "e->e f->f d->d e->e f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("The hyperbolic sine of x."),
    unary(
        Ufunc::Cosh,
        "cosh",
        "e->e f->f d->d e->e f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("The hyperbolic cosine of x."),
    unary(
        Ufunc::Tanh,
        "tanh",
        "e->e f->f d->d e->e f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("The hyperbolic tangent of x."),
    unary(
        Ufunc::Arcsinh,
        "arcsinh",
        "e->e f->f d->d e->e f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("The inverse hyperbolic sine of x."),
    unary(
        Ufunc::Arccosh,
        "arccosh",
        "e->e f->f d->d e->e f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("The inverse hyperbolic cosine of x, for x >= 1."),
    unary(
        Ufunc::Arctanh,
        "arctanh",
        "e->e f->f d->d e->e f->f d->d g->g F->F D->D G->G O->O",
    )
    .doc("The inverse hyperbolic tangent of x, for -1 < x < 1."),
    unary(
        Ufunc::Cbrt,
        "cbrt",
        "e->e f->f d->d e->e f->f d->d g->g O->O",
    )
    .doc("The cube root of x."),
    binary(
        Ufunc::FloatPower,
        "float_power",
        Identity::None,
        "dd->d gg->g DD->D GG->G",
    )
    .doc("x1 ** x2 computed in float64 (complex128 for complex inputs)."),
    binary(
        Ufunc::Fmax,
        "fmax",
        Identity::None,
        "??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L qq->q QQ->Q ee->e ff->f dd->d gg->g FF->F DD->D GG->G mm->m MM->M OO->O",
    )
    .uniform()
    .doc("The larger of x1 and x2, ignoring a NaN."),
    binary(
        Ufunc::Fmin,
        "fmin",
        Identity::None,
        "??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L qq->q QQ->Q ee->e ff->f dd->d gg->g FF->F DD->D GG->G mm->m MM->M OO->O",
    )
    .uniform()
    .doc("The smaller of x1 and x2, ignoring a NaN."),
    binary(
        Ufunc::LogicalAnd,
        "logical_and",
        Identity::True,
        "??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? qq->? QQ->? ee->? ff->? dd->? gg->? FF->? DD->? GG->? OO->O",
    )
    .doc("x1 and x2, element by element, as bool."),
    binary(
        Ufunc::LogicalOr,
        "logical_or",
        Identity::False,
        "??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? qq->? QQ->? ee->? ff->? dd->? gg->? FF->? DD->? GG->? OO->O",
    )
    .doc("x1 or x2, element by element, as bool."),
    binary(
        Ufunc::LogicalXor,
        "logical_xor",
        Identity::False,
        "??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? qq->? QQ->? ee->? ff->? dd->? gg->? FF->? DD->? GG->? OO->O",
    )
    .doc("Exactly one of x1 and x2 true, as bool."),
    binary(
        Ufunc::Hypot,
        "hypot",
        Identity::Zero,
        "ee->e ff->f dd->d gg->g OO->O",
    )
    .doc("sqrt(x1**2 + x2**2), without overflow in between."),
    binary(
        Ufunc::Arctan2,
        "arctan2",
        Identity::None,
        "ee->e ff->f dd->d gg->g OO->O",
    )
    .doc("The angle of the point (x2, x1), in [-pi, pi]."),
    binary(
        Ufunc::Copysign,
        "copysign",
        Identity::None,
        "ee->e ff->f dd->d gg->g",
    )
    .doc("|x1| with the sign of x2."),
    binary(
        Ufunc::Gcd,
        "gcd",
        Identity::Zero,
        "bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L qq->q QQ->Q OO->O",
    )
    .uniform()
    .doc("The greatest common divisor of |x1| and |x2|."),
    binary(
        Ufunc::Lcm,
        "lcm",
        Identity::None,
        "bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L qq->q QQ->Q OO->O",
    )
    .uniform()
    .doc("The least common multiple of |x1| and |x2|."),
    binary(
        Ufunc::Logaddexp,
        "logaddexp",
        Identity::NegInf,
        "ee->e ff->f dd->d gg->g",
    )
    .doc("log(exp(x1) + exp(x2)), without overflow in between."),
    binary(
        Ufunc::Logaddexp2,
        "logaddexp2",
        Identity::NegInf,
        "ee->e ff->f dd->d gg->g",
    )
    .doc("log2(2**x1 + 2**x2), without overflow in between."),
    binary(
        Ufunc::Heaviside,
        "heaviside",
        Identity::None,
        "ee->e ff->f dd->d gg->g",
    )
    .doc("0 where x1 < 0, x2 where x1 == 0, 1 where x1 > 0."),
    binary(
        Ufunc::Nextafter,
        "nextafter",
        Identity::None,
        "ee->e ff->f dd->d gg->g",
    )
    .doc("The next floating-point value after x1 towards x2."),
    binary(
        Ufunc::Fmod,
        "fmod",
        Identity::None,
        "bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L qq->q QQ->Q ee->e ff->f dd->d gg->g OO->O",
    )
    .doc("The remainder of x1 / x2 with the sign of x1 (C's fmod)."),
    unary(Ufunc::Deg2rad, "deg2rad", "e->e f->f d->d g->g O->O").doc("x degrees in radians."),
    unary(Ufunc::Rad2deg, "rad2deg", "e->e f->f d->d g->g O->O").doc("x radians in degrees."),
    unary(Ufunc::Degrees, "degrees", "e->e f->f d->d g->g O->O").doc("x radians in degrees."),
    unary(Ufunc::Radians, "radians", "e->e f->f d->d g->g O->O").doc("x degrees in radians."),
    unary(Ufunc::Spacing, "spacing", "e->e f->f d->d g->g")
        .doc("The distance from x to the next floating-point value."),
    binary(
        Ufunc::Divmod,
        "divmod",
        Identity::None,
        "bb->bb BB->BB hh->hh HH->HH ii->ii II->II ll->ll LL->LL qq->qq QQ->QQ ee->ee ff->ff dd->dd gg->gg mm->qm",
    )
    .pair()
    .doc("(x1 // x2, x1 % x2) in one pass."),
    binary(
        Ufunc::Ldexp,
        "ldexp",
        Identity::None,
        "ei->e fi->f el->e fl->f di->d dl->d gi->g gl->g",
    )
    .doc("x1 * 2**x2, exactly (x2 an integer)."),
    unary(Ufunc::Modf, "modf", "e->ee f->ff d->dd g->gg")
        .pair()
        .doc("(fractional part, integral part) of x, both with the sign of x."),
    unary(Ufunc::Frexp, "frexp", "e->ei f->fi d->di g->gi")
        .pair()
        .doc("(mantissa, exponent) with x = mantissa * 2**exponent, |mantissa| in [0.5, 1)."),
];

/// Other names NumPy binds to the same ufunc objects (`np.mod is np.remainder`).
const ALIASES: &[(&str, Ufunc)] = &[
    ("true_divide", Ufunc::TrueDivide),
    ("mod", Ufunc::Remainder),
    ("abs", Ufunc::Absolute),
    ("conj", Ufunc::Conjugate),
    ("bitwise_not", Ufunc::Invert),
    ("bitwise_invert", Ufunc::Invert),
    // The Array API spellings NumPy 2 added.
    ("asin", Ufunc::Arcsin),
    ("acos", Ufunc::Arccos),
    ("atan", Ufunc::Arctan),
    ("atan2", Ufunc::Arctan2),
    ("asinh", Ufunc::Arcsinh),
    ("acosh", Ufunc::Arccosh),
    ("atanh", Ufunc::Arctanh),
    ("pow", Ufunc::Power),
    ("bitwise_left_shift", Ufunc::LeftShift),
    ("bitwise_right_shift", Ufunc::RightShift),
];

impl UfuncDef {
    /// The loops npcalc can run, as (input dtypes, output dtype), in
    /// NumPy's order; loops over types npcalc lacks (longdouble `g`,
    /// `q`/`Q` aliases, datetimes, objects) are left out.
    pub fn loops(&self) -> impl Iterator<Item = (Vec<DType>, DType)> + '_ {
        self.types.split_whitespace().filter_map(|t| {
            let (ins, out) = t.split_once("->")?;
            let ins: Option<Vec<DType>> = ins.chars().map(DType::from_char).collect();
            let mut outs = out.chars();
            let out = DType::from_char(outs.next()?)?;
            Some((ins?, out))
        })
    }

    /// Every output dtype of the loop with these inputs (`e->ei` gives
    /// float16 and int32), in NumPy's order.
    pub fn outputs(&self, ins: &[DType]) -> Vec<DType> {
        self.types
            .split_whitespace()
            .filter_map(|t| t.split_once("->"))
            .find(|(i, _)| {
                i.chars()
                    .map(DType::from_char)
                    .collect::<Option<Vec<_>>>()
                    .as_deref()
                    == Some(ins)
            })
            .map(|(_, o)| o.chars().filter_map(DType::from_char).collect())
            .unwrap_or_default()
    }

    /// `ufunc.ntypes`: every loop NumPy lists, npcalc's or not.
    pub fn ntypes(&self) -> usize {
        self.types.split_whitespace().count()
    }
}

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

    /// NumPy's linear search finding no loop the inputs cast to safely.
    pub fn not_supported(self) -> Error {
        Error::type_error(format!(
            "ufunc '{}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
            self.name()
        ))
    }

    /// NumPy's promotion finding no loop for a one-input DType class
    /// (`BoolDType`, `StrDType`).
    pub fn no_loop_for_class(self, class: DTypeClass) -> Error {
        Error::new(
            Exc::UFuncNoLoopError,
            format!(
                "ufunc '{}' did not contain a loop with signature matching types {} -> None",
                self.name(),
                class.repr()
            ),
        )
    }

    /// NumPy's promotion finding no loop for two DType classes.
    pub fn no_loop_for_classes(self, a: DTypeClass, b: DTypeClass) -> Error {
        Error::new(
            Exc::UFuncNoLoopError,
            format!(
                "ufunc '{}' did not contain a loop with signature matching types ({}, {}) -> None",
                self.name(),
                a.repr(),
                b.repr()
            ),
        )
    }

    /// A one-input ufunc given text (`np.sqrt(['a'])`, `-a`): no loop
    /// takes a string, found as the ufunc's resolver finds it.
    pub fn text_input_error(self) -> Error {
        if self.def().uniform {
            self.no_loop_for_class(DTypeClass::Str)
        } else {
            self.not_supported()
        }
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

    /// The two-input logical ufuncs, whose promoter (`logical_ufunc_promoter`)
    /// casts every operand to bool, text included.
    pub fn is_logical(self) -> bool {
        use Ufunc::*;
        matches!(self, LogicalAnd | LogicalOr | LogicalXor)
    }

    /// The ufuncs whose output is bool whatever the loop dtype.
    pub fn gives_bool(self) -> bool {
        self.is_comparison() || self.is_logical()
    }

    /// The one-input ufuncs of `transc.rs` (exp, log, sin, …).
    pub fn is_transcendental(self) -> bool {
        use Ufunc::*;
        matches!(
            self,
            Exp | Exp2
                | Expm1
                | Log
                | Log2
                | Log10
                | Log1p
                | Sin
                | Cos
                | Tan
                | Arcsin
                | Arccos
                | Arctan
                | Sinh
                | Cosh
                | Tanh
                | Arcsinh
                | Arccosh
                | Arctanh
                | Cbrt
        )
    }

    /// The two-input ufuncs whose loops are all float loops (hypot,
    /// logaddexp, …): integer and bool inputs take NumPy's linear search
    /// for the first float loop they cast to safely.
    pub fn float_loops_only(self) -> bool {
        let d = self.def();
        d.nin == 2
            && d.loops()
                .all(|(ins, _)| ins.iter().all(|i| i.kind() == super::Kind::Float))
    }

    /// The ufuncs whose inputs take different dtypes (ldexp: a float and
    /// an int), resolved by NumPy's linear search over all their loops.
    pub fn mixed_loops(self) -> bool {
        self.def()
            .loops()
            .any(|(ins, _)| ins.windows(2).any(|w| w[0] != w[1]))
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
