//! Evaluation: Python values, variables, operators and calls. Arrays are the
//! `array` module's; text is the `print` module's; this module only decides
//! what each statement means.

mod alloc;
mod builtins;
pub mod catalog;
mod complex_str;
mod convert;
mod float_round;
mod numpy;
mod pyops;
pub mod suggest;
pub mod table;
pub mod value;

pub use builtins::constructor as builtins_constructor;
pub use convert::{to_array, to_dtype};
pub use numpy::{ndarray_members, numpy_members, to_index};
pub use table::{Args, CallArgs, FnDef, Owner, Param, ParamKind};
pub use value::{Module, TypeObj, Ufunc, Value};

use crate::array::signals::{Warning, take_warnings};
use crate::error::{Error, Result, Span};
use crate::print::PrintOptions;
use crate::syntax::ast::{Arg, BoolOp, CmpOp, Expr, ExprKind, Stmt, StmtKind, UnaryOp};
use std::collections::HashMap;
use std::io::Write;

/// Where `print()` writes; the front end decides (stdout, a test buffer, …).
pub type Output = Box<dyn Write>;

pub struct Interp {
    globals: HashMap<String, Value>,
    /// Names in the order they were first bound, as Python's globals keep them.
    order: Vec<String>,
    pub print_options: PrintOptions,
    out: Output,
    /// Warnings already shown from inside NumPy's Python-level functions:
    /// Python's default filter shows each once per code location, and those
    /// locations are inside numpy, the same for every call.
    shown_once: std::collections::HashSet<(&'static str, Warning)>,
}

impl Interp {
    pub fn new(out: Output) -> Interp {
        let mut it = Interp {
            globals: HashMap::new(),
            order: Vec::new(),
            print_options: PrintOptions::default(),
            out,
            shown_once: Default::default(),
        };
        it.set("np", Value::Module(Module::Numpy));
        it
    }

    /// Clears the workspace back to a fresh session (`np` stays bound).
    pub fn reset(&mut self) {
        self.globals.clear();
        self.order.clear();
        self.set("np", Value::Module(Module::Numpy));
    }

    pub fn set(&mut self, name: &str, v: Value) {
        if self.globals.insert(name.to_string(), v).is_none() {
            self.order.push(name.to_string());
        }
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        self.globals.get(name)
    }

    /// The user's variables in binding order.
    pub fn variables(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.order.iter().map(|n| (n.as_str(), &self.globals[n]))
    }

    /// Writes text as `print()` does.
    pub fn write(&mut self, text: &str) -> Result<()> {
        self.out
            .write_all(text.as_bytes())
            .and_then(|_| self.out.flush())
            .map_err(|e| Error::new("OSError", e.to_string()))
    }

    /// Warnings the last statement raised, for the front end to show.
    pub fn take_warnings(&mut self) -> Vec<Warning> {
        take_warnings()
    }

    /// Runs one statement; an expression statement yields its value (for echo).
    pub fn exec(&mut self, stmt: &Stmt) -> Result<Option<Value>> {
        match &stmt.kind {
            StmtKind::Expr(e) => {
                let v = self.eval(e)?;
                Ok(if matches!(v, Value::None) {
                    None
                } else {
                    Some(v)
                })
            }
            StmtKind::Assign { targets, value } => {
                let v = self.eval(value)?;
                for t in targets {
                    self.assign(t, v.clone())?;
                }
                Ok(None)
            }
            StmtKind::AugAssign { target, op, value } => {
                self.aug_assign(target, *op, value)?;
                Ok(None)
            }
            StmtKind::Import { module, alias } => {
                let m = self.import(&module.name, module.span)?;
                let name = alias
                    .as_ref()
                    .map_or(module.name.split('.').next().unwrap_or(""), |a| &a.name);
                self.set(name, m);
                Ok(None)
            }
            StmtKind::FromImport { module, names } => {
                let m = self.import(&module.name, module.span)?;
                for (name, alias) in names {
                    let v = self.getattr(&m, &name.name).map_err(|_| {
                        Error::new(
                            "ImportError",
                            format!(
                                "cannot import name '{}' from '{}' (unknown location)",
                                name.name, module.name
                            ),
                        )
                        .at(name.span)
                    })?;
                    self.set(&alias.as_ref().unwrap_or(name).name, v);
                }
                Ok(None)
            }
            StmtKind::Pass => Ok(None),
        }
    }

    fn import(&self, module: &str, span: Span) -> Result<Value> {
        match module {
            "numpy" => Ok(Value::Module(Module::Numpy)),
            "numpy.exceptions" => Ok(Value::Module(Module::Exceptions)),
            other => Err(Error::syntax(
                format!(
                    "importing '{other}' is not supported in npcalc: only numpy can be imported"
                ),
                span,
            )),
        }
    }

    pub fn eval(&mut self, e: &Expr) -> Result<Value> {
        self.eval_inner(e).map_err(|err| err.at(e.span))
    }

    fn eval_inner(&mut self, e: &Expr) -> Result<Value> {
        Ok(match &e.kind {
            ExprKind::Int(i) => Value::Int(i.clone()),
            ExprKind::Float(f) => Value::Float(*f),
            ExprKind::Imag(f) => Value::Complex(num_complex::Complex64::new(0.0, *f)),
            ExprKind::Str(s) => Value::str(s),
            ExprKind::Bool(b) => Value::Bool(*b),
            ExprKind::None => Value::None,
            ExprKind::Ellipsis => Value::Ellipsis,
            ExprKind::Name(n) => self.lookup(n)?,
            ExprKind::List(items) => Value::list(self.eval_items(items)?),
            ExprKind::Tuple(items) => Value::tuple(self.eval_items(items)?),
            ExprKind::Unary(op, x) => {
                let v = self.eval(x)?;
                self.unary(*op, &v)?
            }
            ExprKind::Not(x) => {
                let v = self.eval(x)?;
                Value::Bool(!self.truthy(&v)?)
            }
            ExprKind::Binary(op, a, b) => {
                let (x, y) = (self.eval(a)?, self.eval(b)?);
                self.binary(*op, &x, &y)?
            }
            ExprKind::Compare(first, rest) => {
                let mut left = self.eval(first)?;
                let mut result = Value::Bool(true);
                for (k, (op, right)) in rest.iter().enumerate() {
                    let r = self.eval(right)?;
                    result = self.compare(*op, &left, &r)?;
                    // A chain `a < b < c` goes on only while each link is true.
                    if k + 1 < rest.len() && !self.truthy(&result)? {
                        return Ok(result);
                    }
                    left = r;
                }
                result
            }
            ExprKind::BoolOp(op, items) => {
                let mut last = Value::None;
                for item in items {
                    last = self.eval(item)?;
                    let t = self.truthy(&last)?;
                    if (*op == BoolOp::And && !t) || (*op == BoolOp::Or && t) {
                        break;
                    }
                }
                last
            }
            ExprKind::IfElse { cond, body, orelse } => {
                let c = self.eval(cond)?;
                if self.truthy(&c)? {
                    self.eval(body)?
                } else {
                    self.eval(orelse)?
                }
            }
            ExprKind::Attribute(obj, name) => {
                let v = self.eval_receiver(obj, &name.name)?;
                self.getattr(&v, &name.name).map_err(|err| err.at(e.span))?
            }
            ExprKind::Call { func, args } => {
                let f = self.eval(func)?;
                let call = self.eval_args(args)?;
                self.call(&f, call, e.span)?
            }
            ExprKind::Subscript(obj, index) => {
                let v = self.eval(obj)?;
                let i = self.eval(index)?;
                self.getitem(&v, &i)?
            }
            ExprKind::Slice(lo, hi, step) => {
                let mut part = |p: &Option<Box<Expr>>| -> Result<Value> {
                    p.as_ref().map_or(Ok(Value::None), |x| self.eval(x))
                };
                Value::Slice(std::rc::Rc::new([part(lo)?, part(hi)?, part(step)?]))
            }
            ExprKind::Starred(_) => {
                return Err(Error::syntax("can't use starred expression here", e.span));
            }
        })
    }

    fn eval_items(&mut self, items: &[Expr]) -> Result<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            if let ExprKind::Starred(inner) = &item.kind {
                let v = self.eval(inner)?;
                out.extend(self.iterate(&v).map_err(|e| e.at(inner.span))?);
            } else {
                out.push(self.eval(item)?);
            }
        }
        Ok(out)
    }

    fn eval_args(&mut self, args: &[Arg]) -> Result<CallArgs> {
        let mut call = CallArgs::default();
        for a in args {
            match a {
                Arg::Positional(x) => {
                    if let ExprKind::Starred(inner) = &x.kind {
                        let v = self.eval(inner)?;
                        for item in self.iterate(&v).map_err(|e| e.at(inner.span))? {
                            call.positional.push((item, x.span));
                        }
                    } else {
                        call.positional.push((self.eval(x)?, x.span));
                    }
                }
                Arg::Keyword(name, x) => {
                    if call.keywords.iter().any(|(k, _, _)| *k == name.name) {
                        return Err(Error::syntax(
                            format!("keyword argument repeated: {}", name.name),
                            name.span,
                        ));
                    }
                    let v = self.eval(x)?;
                    call.keywords
                        .push((name.name.clone(), v, name.span.to(x.span)));
                }
            }
        }
        Ok(call)
    }

    /// Evaluates the object of `obj.name`; a list literal followed by an
    /// ndarray member becomes `np.array(list)` (npcalc's calculator extension).
    fn eval_receiver(&mut self, obj: &Expr, member: &str) -> Result<Value> {
        let v = self.eval(obj)?;
        if matches!(obj.kind, ExprKind::List(_)) && numpy::is_ndarray_member(member) {
            return Ok(Value::Array(
                to_array(&v, None).map_err(|e| e.at(obj.span))?,
            ));
        }
        Ok(v)
    }

    fn lookup(&self, name: &str) -> Result<Value> {
        if let Some(v) = self.globals.get(name) {
            return Ok(v.clone());
        }
        if let Some(v) = builtins::lookup(name) {
            return Ok(v);
        }
        let candidates = self
            .order
            .iter()
            .map(String::as_str)
            .chain(builtins::names().map(|n| -> &str { n }));
        let mut msg = format!("name '{name}' is not defined");
        if let Some(s) = suggest::suggest(name, candidates) {
            msg.push_str(&format!(". Did you mean: '{s}'?"));
        }
        Err(Error::name_error(msg))
    }

    pub fn getattr(&mut self, v: &Value, name: &str) -> Result<Value> {
        numpy::getattr(self, v, name)
    }

    pub fn call(&mut self, f: &Value, call: CallArgs, span: Span) -> Result<Value> {
        let (def, this) = match f {
            Value::Function(def) => (*def, None),
            Value::Method(this, def) => (*def, Some((**this).clone())),
            Value::Type(t) => match builtins::constructor(*t) {
                Some(def) => (def, Some(f.clone())),
                None => {
                    return Err(Error::type_error(format!(
                        "cannot create '{}' instances",
                        t.qualname()
                    )));
                }
            },
            other => {
                return Err(Error::type_error(format!(
                    "'{}' object is not callable",
                    other.type_name()
                )));
            }
        };
        let args = table::bind(def, this, call, span)?;
        let Some(location) = numpy_location(def) else {
            return (def.imp)(self, &args);
        };
        let earlier = take_warnings();
        let result = (def.imp)(self, &args);
        let raised = take_warnings();
        for w in earlier {
            crate::array::signals::warn(w.category, w.message);
        }
        for w in raised {
            // NumPy's ComplexWarning shows every time (checked against 2.4.6).
            if w.category != "RuntimeWarning" || self.shown_once.insert((location, w.clone())) {
                crate::array::signals::warn(w.category, w.message);
            }
        }
        result
    }

    fn getitem(&mut self, v: &Value, index: &Value) -> Result<Value> {
        match v {
            Value::Array(_) | Value::Scalar(_) => numpy::getitem(v, index),
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) => {
                builtins::getitem(v, index)
            }
            Value::Dict(d) => d
                .iter()
                .find(|(k, _)| pyops::equal(k, index))
                .map(|(_, x)| x.clone())
                .ok_or_else(|| {
                    Error::new("KeyError", crate::print::repr(index, &self.print_options))
                }),
            Value::Type(TypeObj::List | TypeObj::Tuple | TypeObj::Dict) => Ok(v.clone()),
            other => Err(Error::type_error(format!(
                "'{}' object is not subscriptable",
                other.type_name()
            ))),
        }
    }

    /// All items of an iterable, for `*args`, `list(x)` and unpacking.
    pub fn iterate(&mut self, v: &Value) -> Result<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.borrow().clone()),
            Value::Tuple(t) => Ok(t.to_vec()),
            Value::Str(s) => Ok(s.chars().map(|c| Value::str(&c.to_string())).collect()),
            Value::Range(r) => alloc::range_values(r),
            Value::Dict(d) => Ok(d.iter().map(|(k, _)| k.clone()).collect()),
            Value::Array(a) => numpy::iterate(a),
            other => Err(Error::type_error(format!(
                "'{}' object is not iterable",
                other.type_name()
            ))),
        }
    }

    pub fn truthy(&self, v: &Value) -> Result<bool> {
        match v {
            Value::Array(_) | Value::Scalar(_) => numpy::truthy(v),
            other => pyops::truthy(other),
        }
    }

    fn unary(&mut self, op: UnaryOp, v: &Value) -> Result<Value> {
        if matches!(v, Value::Array(_) | Value::Scalar(_)) {
            return numpy::unary(op, v);
        }
        let bad = || {
            let sym = match op {
                UnaryOp::Neg => "-",
                UnaryOp::Pos => "+",
                UnaryOp::Invert => "~",
            };
            Error::type_error(format!(
                "bad operand type for unary {sym}: '{}'",
                v.type_name()
            ))
        };
        Ok(match (op, pyops::as_num(v)) {
            (UnaryOp::Neg, Some(pyops::Num::Int(i))) => Value::Int(-i),
            (UnaryOp::Neg, Some(pyops::Num::Float(f))) => Value::Float(-f),
            (UnaryOp::Neg, Some(pyops::Num::Complex(c))) => Value::Complex(-c),
            (UnaryOp::Pos, Some(pyops::Num::Int(i))) => Value::Int(i),
            (UnaryOp::Pos, Some(pyops::Num::Float(f))) => Value::Float(f),
            (UnaryOp::Pos, Some(pyops::Num::Complex(c))) => Value::Complex(c),
            (UnaryOp::Invert, Some(pyops::Num::Int(i))) => Value::Int(!i),
            _ => return Err(bad()),
        })
    }

    pub fn binary(&mut self, op: crate::syntax::ast::BinOp, a: &Value, b: &Value) -> Result<Value> {
        if numpy::is_numpy(a) || numpy::is_numpy(b) {
            return numpy::binary(op, a, b);
        }
        pyops::binary(op, a, b)
    }

    fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> Result<Value> {
        match op {
            CmpOp::Is => return Ok(Value::Bool(identical(a, b))),
            CmpOp::IsNot => return Ok(Value::Bool(!identical(a, b))),
            CmpOp::In | CmpOp::NotIn => {
                let items = self.iterate(b).map_err(|_| {
                    Error::type_error(format!(
                        "argument of type '{}' is not iterable",
                        b.type_name()
                    ))
                })?;
                let mut found = false;
                for item in &items {
                    let eq = self.compare(CmpOp::Eq, item, a)?;
                    if self.truthy(&eq)? {
                        found = true;
                        break;
                    }
                }
                return Ok(Value::Bool(found == (op == CmpOp::In)));
            }
            _ => {}
        }
        if numpy::is_numpy(a) || numpy::is_numpy(b) {
            return numpy::compare(op, a, b);
        }
        Ok(Value::Bool(match op {
            CmpOp::Eq => pyops::equal(a, b),
            CmpOp::Ne => !pyops::equal(a, b),
            _ => pyops::order(op, a, b)?,
        }))
    }

    fn assign(&mut self, target: &Expr, v: Value) -> Result<()> {
        match &target.kind {
            ExprKind::Name(n) => {
                self.set(n, v);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let values = self.iterate(&v).map_err(|_| {
                    Error::type_error(format!(
                        "cannot unpack non-iterable {} object",
                        v.type_name()
                    ))
                })?;
                if values.len() != items.len() {
                    let msg = if values.len() > items.len() {
                        format!("too many values to unpack (expected {})", items.len())
                    } else {
                        format!(
                            "not enough values to unpack (expected {}, got {})",
                            items.len(),
                            values.len()
                        )
                    };
                    return Err(Error::value_error(msg).at(target.span));
                }
                for (t, x) in items.iter().zip(values) {
                    self.assign(t, x)?;
                }
                Ok(())
            }
            ExprKind::Subscript(obj, index) => {
                let container = self.eval(obj)?;
                let i = self.eval(index)?;
                self.setitem(&container, &i, v)
                    .map_err(|e| e.at(target.span))
            }
            ExprKind::Attribute(obj, name) => {
                let o = self.eval(obj)?;
                Err(Error::attribute_error(format!(
                    "npcalc cannot set attribute '{}' of '{}' objects",
                    name.name,
                    o.type_name()
                ))
                .at(target.span))
            }
            _ => Err(Error::syntax("cannot assign to expression", target.span)),
        }
    }

    fn setitem(&mut self, container: &Value, index: &Value, v: Value) -> Result<()> {
        match container {
            Value::Array(a) => numpy::setitem(a, index, &v),
            Value::List(l) => builtins::list_setitem(l, index, v),
            other => Err(Error::type_error(format!(
                "'{}' object does not support item assignment",
                other.type_name()
            ))),
        }
    }

    fn aug_assign(
        &mut self,
        target: &Expr,
        op: crate::syntax::ast::BinOp,
        value: &Expr,
    ) -> Result<()> {
        let current = match &target.kind {
            ExprKind::Name(n) => self.lookup(n).map_err(|e| e.at(target.span))?,
            ExprKind::Subscript(..) | ExprKind::Attribute(..) => self.eval(target)?,
            _ => {
                return Err(Error::syntax(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                ));
            }
        };
        let rhs = self.eval(value)?;
        // Arrays are updated in place, as NumPy's `a += x` is.
        if let Value::Array(a) = &current {
            return numpy::binary_inplace(op, a, &rhs)
                .map_err(|e| e.at(target.span.to(value.span)));
        }
        let result = self
            .binary(op, &current, &rhs)
            .map_err(|e| e.at(target.span.to(value.span)))?;
        self.assign(target, result)
    }
}

/// Where inside numpy a Python-level function's warnings are raised (the
/// line Python's warning registry keys on), or None for C-level callables,
/// whose warnings belong to the caller's line.
fn numpy_location(def: &FnDef) -> Option<&'static str> {
    if def.owner != Owner::Numpy {
        return None;
    }
    Some(match def.name {
        "cumsum" | "cumprod" | "reshape" | "transpose" => "fromnumeric._wrapfunc",
        "cumulative_sum" | "cumulative_prod" => "fromnumeric._cumulative_func",
        "sum" | "prod" | "min" | "max" => "fromnumeric._wrapreduction",
        other => other,
    })
}

/// Python's `is` for the values where identity is observable in npcalc.
fn identical(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) | (Value::Ellipsis, Value::Ellipsis) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::List(x), Value::List(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Array(x), Value::Array(y)) => {
            x.shares_buffer(y)
                && x.offset() == y.offset()
                && x.shape() == y.shape()
                && x.strides() == y.strides()
        }
        (Value::Type(x), Value::Type(y)) => x == y,
        (Value::Module(x), Value::Module(y)) => x == y,
        (Value::Function(x), Value::Function(y)) => std::ptr::eq(*x, *y),
        (Value::DType(x), Value::DType(y)) => x == y,
        _ => false,
    }
}
