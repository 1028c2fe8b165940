//! A small calculator over `Value`s for NumPy functions NumPy writes in
//! Python: each step is the operator or np call NumPy's line makes, in its
//! order, so dtypes, warnings and last bits are NumPy's.

use super::Interp;
use super::linalg::np_call;
use super::value::Value;
use crate::error::{Result, Span};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

/// A small calculator over `Value`s through the interpreter's operators
/// and NumPy's ufuncs, so each step is what NumPy's Python line does.
pub(super) struct Calc<'a> {
    pub it: &'a mut Interp,
    pub span: Span,
}

impl Calc<'_> {
    pub fn op(&mut self, op: BinOp, a: &Value, b: &Value) -> Result<Value> {
        self.it.binary(op, a, b)
    }
    pub fn call(&mut self, name: &str, args: Vec<Value>) -> Result<Value> {
        np_call(self.it, name, args, vec![], self.span)
    }
    pub fn call_kw(
        &mut self,
        name: &str,
        args: Vec<Value>,
        kw: Vec<(&str, Value)>,
    ) -> Result<Value> {
        np_call(self.it, name, args, kw, self.span)
    }
    pub fn is(&mut self, op: CmpOp, a: &Value, b: &Value) -> Result<bool> {
        let r = self.it.compare(op, a, b)?;
        self.it.truthy(&r)
    }
}

impl Calc<'_> {
    pub fn neg(&mut self, a: &Value) -> Result<Value> {
        self.it.unary(UnaryOp::Neg, a)
    }
    pub fn len(&mut self, v: &Value) -> Result<usize> {
        match super::classes::len(self.it, v) {
            Some(n) => n,
            None => super::builtins::len_of(v),
        }
    }
    pub fn getitem(&mut self, a: &Value, index: &Value) -> Result<Value> {
        self.it.getitem(a, index)
    }
    pub fn setitem(&mut self, a: &Value, index: &Value, v: Value) -> Result<()> {
        self.it.setitem(a, index, v)
    }
}
