//! The typed syntax tree. Every node carries the byte span of its source so
//! errors can point at it.

use crate::error::Span;
use num_bigint::BigInt;

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// An expression statement; its value is echoed in sessions.
    Expr(Expr),
    /// `a = b = value`: targets are names, attributes or subscripts (or
    /// tuples/lists of them, unpacked).
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    /// `target op= value`, in place on arrays as in NumPy.
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `import numpy` / `import numpy as np`.
    Import {
        module: Ident,
        alias: Option<Ident>,
    },
    /// `from numpy import cumsum, float32 as f4`.
    FromImport {
        module: Ident,
        names: Vec<(Ident, Option<Ident>)>,
    },
    Pass,
}

/// A name with where it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Int(BigInt),
    Float(f64),
    /// An imaginary literal such as `2j`, holding its imaginary part.
    Imag(f64),
    Str(String),
    Bool(bool),
    None,
    /// `...`
    Ellipsis,
    Name(String),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `a < b <= c`: chained comparisons as in Python.
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    /// `a and b and c` / `a or b`.
    BoolOp(BoolOp, Vec<Expr>),
    Not(Box<Expr>),
    /// `body if cond else orelse`
    IfElse {
        cond: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Attribute(Box<Expr>, Ident),
    Call {
        func: Box<Expr>,
        args: Vec<Arg>,
    },
    /// `value[index]`; a tuple index such as `a[1, ::2]` is one Tuple expr.
    Subscript(Box<Expr>, Box<Expr>),
    /// `lo:hi:step`, only inside a subscript.
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    /// `*value` inside a call, list or tuple.
    Starred(Box<Expr>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Positional(Expr),
    Keyword(Ident, Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    MatMul,
    BitAnd,
    BitOr,
    BitXor,
    LShift,
    RShift,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

impl BinOp {
    /// The operator as written in Python, as error messages quote it.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::MatMul => "@",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
        }
    }
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}
