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
    /// `target: annotation` or `target: annotation = value`; `simple` for
    /// an unparenthesized name, whose annotation is recorded.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
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
    /// `if`/`elif`/`else`: an `elif` is an `If` alone in `orelse`.
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<Handler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `with ctx as target, …:` — entered in order, left in reverse.
    With {
        items: Vec<(Expr, Option<Expr>)>,
        body: Vec<Stmt>,
    },
    FunctionDef(std::sync::Arc<Function>),
    /// `class Name(bases): body`.
    ClassDef(std::sync::Arc<ClassDef>),
    /// `@d1 @d2 def/class …`: the definition, then `d1(d2(it))` bound to its name.
    Decorated {
        decorators: Vec<Expr>,
        def: Box<Stmt>,
    },
    Return(Option<Expr>),
    /// `yield`, `yield value` or `yield from iterable` (`from` set);
    /// `targets = yield value` binds what `send()` passes in (None for
    /// `next()`) to `targets` when the generator resumes.
    Yield {
        value: Option<Expr>,
        from: bool,
        targets: Vec<Expr>,
        /// The `yield …` itself (all of the statement when it has no targets).
        at: Span,
    },
    Break,
    Continue,
    /// `raise`, `raise exc`, `raise exc from cause`.
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Delete(Vec<Expr>),
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
}

/// A `class` statement: its bases (and keywords) as call arguments, and the
/// body run once to fill the class's namespace.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    pub bases: Vec<Arg>,
    pub body: Vec<Stmt>,
}

/// `except CLASS as NAME:` (a bare `except:` has no class).
#[derive(Clone, Debug, PartialEq)]
pub struct Handler {
    pub class: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// A `def` or a `lambda`: parameters and body (a lambda's body is one
/// `Return`).
#[derive(Debug, PartialEq)]
pub struct Function {
    pub name: Ident,
    pub params: Vec<Parameter>,
    pub body: Vec<Stmt>,
    pub is_lambda: bool,
    /// `-> annotation`.
    pub returns: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Parameter {
    pub name: Ident,
    pub kind: ParamKind,
    pub default: Option<Expr>,
    /// `name: annotation`.
    pub annotation: Option<Expr>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamKind {
    PositionalOnly,
    Normal,
    /// `*args`
    VarPositional,
    KeywordOnly,
    /// `**kwargs`
    VarKeyword,
}

/// One `for … in … if …` clause of a comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    /// A generator expression, evaluated eagerly into a list-like iterator.
    Generator,
}

/// A piece of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub enum FPart {
    Lit(String),
    Field {
        value: Expr,
        /// `!r`, `!s` or `!a`.
        conversion: Option<char>,
        spec: Vec<FPart>,
        /// `{x=}`: the source text shown before the value.
        debug: Option<String>,
    },
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

impl ExprKind {
    /// A literal constant leaf: passes over the tree (the symbol table,
    /// compile-time warnings) have nothing to do at one, and a data file's
    /// list display holds a million of them.
    pub fn is_literal(&self) -> bool {
        matches!(
            self,
            ExprKind::Int(_)
                | ExprKind::Float(_)
                | ExprKind::Imag(_)
                | ExprKind::Str(_)
                | ExprKind::Bool(_)
                | ExprKind::None
                | ExprKind::Ellipsis
        )
    }
}

/// Numbers kept unboxed, 8 bytes each: a packed list display's items, and
/// a Python list's storage while its items are all of one kind (`listobj`).
/// Empty packed lists are `Ints`.
#[derive(Clone, Debug, PartialEq)]
pub enum Packed {
    Ints(Vec<i64>),
    Floats(Vec<f64>),
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
    /// A list display of number literals only, signed or not, all ints of
    /// 64 bits or all floats, read by the literal-list fast path: a data
    /// file's million-item display is one vector, not a million trees.
    /// `first` is the first item's tree, for the errors that point at it.
    PackedList {
        items: Packed,
        first: Box<Expr>,
    },
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
    /// `name := value`.
    Named(Ident, Box<Expr>),
    /// `{k: v, **d}`: a None key is a `**` unpacking.
    Dict(Vec<(Option<Expr>, Expr)>),
    Set(Vec<Expr>),
    Comp {
        kind: CompKind,
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Lambda(std::sync::Arc<Function>),
    FString(Vec<FPart>),
}

impl Expr {
    /// Calls `f` on each expression directly inside this one, in source
    /// order. A lambda's body is a scope of its own and is not visited; its
    /// defaults, evaluated where it is written, are.
    pub fn for_each_child(&self, mut f: impl FnMut(&Expr)) {
        match &self.kind {
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                items.iter().for_each(f)
            }
            ExprKind::BoolOp(_, items) => items.iter().for_each(f),
            ExprKind::Unary(_, a)
            | ExprKind::Not(a)
            | ExprKind::Starred(a)
            | ExprKind::Attribute(a, _)
            | ExprKind::Named(_, a) => f(a),
            ExprKind::Binary(_, a, b) | ExprKind::Subscript(a, b) => {
                f(a);
                f(b)
            }
            ExprKind::Compare(first, rest) => {
                f(first);
                rest.iter().for_each(|(_, r)| f(r))
            }
            ExprKind::IfElse { cond, body, orelse } => {
                f(body);
                f(cond);
                f(orelse)
            }
            ExprKind::Call { func, args } => {
                f(func);
                args.iter().for_each(|a| f(a.value()))
            }
            ExprKind::Slice(lo, hi, step) => {
                [lo, hi, step].into_iter().flatten().for_each(|x| f(x))
            }
            ExprKind::Dict(items) => items.iter().for_each(|(k, v)| {
                k.iter().for_each(&mut f);
                f(v)
            }),
            ExprKind::Comp {
                elt, generators, ..
            } => {
                f(elt);
                generators.iter().for_each(|g| g.for_each_expr(&mut f))
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                f(key);
                f(value);
                generators.iter().for_each(|g| g.for_each_expr(&mut f))
            }
            ExprKind::Lambda(func) => func.for_each_outer_expr(f),
            ExprKind::FString(parts) => FPart::for_each_expr(parts, &mut f),
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Str(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Ellipsis
            | ExprKind::PackedList { .. }
            | ExprKind::Name(_) => {}
        }
    }
}

impl Comprehension {
    fn for_each_expr(&self, mut f: impl FnMut(&Expr)) {
        f(&self.target);
        f(&self.iter);
        self.ifs.iter().for_each(f)
    }
}

impl FPart {
    fn for_each_expr(parts: &[FPart], f: &mut dyn FnMut(&Expr)) {
        for p in parts {
            if let FPart::Field { value, spec, .. } = p {
                f(value);
                FPart::for_each_expr(spec, f);
            }
        }
    }
}

impl Function {
    /// The expressions of a `def` or `lambda` evaluated where it is
    /// written: defaults and annotations.
    pub fn for_each_outer_expr(&self, mut f: impl FnMut(&Expr)) {
        for p in &self.params {
            p.default.iter().chain(&p.annotation).for_each(&mut f);
        }
        self.returns.iter().for_each(f)
    }
}

impl Arg {
    pub fn value(&self) -> &Expr {
        match self {
            Arg::Positional(e) | Arg::Keyword(_, e) | Arg::Unpack(e) => e,
        }
    }
}

impl Stmt {
    /// Calls `f` on the expressions directly in this statement, not those
    /// in its nested blocks or in a function's body.
    pub fn for_each_expr(&self, mut f: impl FnMut(&Expr)) {
        match &self.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => f(e),
            StmtKind::Assign { targets, value } => {
                f(value);
                targets.iter().for_each(f)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                value.iter().for_each(&mut f);
                f(annotation);
                f(target)
            }
            StmtKind::AugAssign { target, value, .. } => {
                f(target);
                f(value)
            }
            StmtKind::If { test, .. } | StmtKind::While { test, .. } => f(test),
            StmtKind::For { target, iter, .. } => {
                f(iter);
                f(target)
            }
            StmtKind::Try { handlers, .. } => handlers.iter().flat_map(|h| &h.class).for_each(f),
            StmtKind::With { items, .. } => items.iter().for_each(|(e, t)| {
                f(e);
                t.iter().for_each(&mut f)
            }),
            StmtKind::FunctionDef(func) => func.for_each_outer_expr(f),
            StmtKind::ClassDef(c) => c.bases.iter().for_each(|a| f(a.value())),
            StmtKind::Decorated { decorators, def } => {
                decorators.iter().for_each(&mut f);
                def.for_each_expr(f)
            }
            StmtKind::Yield { value, targets, .. } => {
                value.iter().for_each(&mut f);
                targets.iter().for_each(f)
            }
            StmtKind::Raise { exc, cause } => exc.iter().chain(cause).for_each(f),
            StmtKind::Assert { test, msg } => {
                f(test);
                msg.iter().for_each(f)
            }
            StmtKind::Delete(targets) => targets.iter().for_each(f),
            StmtKind::Return(None)
            | StmtKind::Import { .. }
            | StmtKind::FromImport { .. }
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Global(_)
            | StmtKind::Nonlocal(_) => {}
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Positional(Expr),
    Keyword(Ident, Expr),
    /// `**mapping`: its items become keyword arguments.
    Unpack(Expr),
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
    /// Whether `a op b` holds for one of the six value comparisons (`is`
    /// and `in` are not comparisons of values).
    pub fn holds<T: PartialOrd + ?Sized>(self, a: &T, b: &T) -> bool {
        match self {
            CmpOp::Eq => a == b,
            CmpOp::Ne => a != b,
            CmpOp::Lt => a < b,
            CmpOp::Le => a <= b,
            CmpOp::Gt => a > b,
            CmpOp::Ge => a >= b,
            _ => unreachable!("`is` and `in` compare no values"),
        }
    }

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
