//! `a.flat`, NumPy's `numpy.flatiter`: a 1-d window on any array (numeric,
//! string or object) in C order. Indexing it reads copies, assigning
//! through it writes the array (values cycled, as `PyArray_PutTo` does),
//! and iterating it moves one cursor shared by `next`, `for` and `.index`,
//! since `iter(a.flat)` is the flatiter itself.

use super::Interp;
use super::iter::Lazy;
use super::value::Value;
use crate::array::{Array, Scalar};
use crate::error::{Error, Result};
use std::cell::Cell;
use std::rc::Rc;

#[derive(Debug)]
pub struct FlatIter {
    /// The array walked: `Value::Array`, `Value::StrArray` or `Value::ObjArray`.
    pub base: Value,
    /// The C-order position of the next item (`.index`).
    pos: Cell<usize>,
}

/// `a.flat` of an array of any kind.
pub fn of(base: &Value) -> Value {
    Value::FlatIter(Rc::new(FlatIter {
        base: base.clone(),
        pos: Cell::new(0),
    }))
}

impl FlatIter {
    /// The numbers behind the elements: the array itself, or the codes of
    /// a string or object array.
    fn codes(&self) -> &Array {
        match &self.base {
            Value::Array(a) => a,
            Value::StrArray(sa) => &sa.codes,
            Value::ObjArray(o) => &o.codes,
            _ => unreachable!("a flatiter walks an array"),
        }
    }

    pub fn size(&self) -> usize {
        self.codes().size()
    }

    /// What indexing the codes gave, back as the base's elements.
    fn wrap(&self, got: Value) -> Value {
        match &self.base {
            Value::StrArray(sa) => super::strarray::wrap(sa, got),
            Value::ObjArray(o) => super::objarray::wrap(o, got),
            _ => got,
        }
    }

    /// The C-order coordinates of `pos` (`.coords`).
    fn coords(&self, pos: usize) -> Value {
        let shape = self.codes().shape();
        let mut rem = pos;
        let mut out = vec![0; shape.len()];
        for (k, &n) in shape.iter().enumerate().rev() {
            // Past the end NumPy's coords have carried into the first axis.
            out[k] = if k == 0 { rem } else { rem % n.max(1) };
            rem /= n.max(1);
        }
        Value::tuple(out.into_iter().map(Value::int).collect())
    }
}

pub fn repr(f: &Rc<FlatIter>) -> String {
    format!("<numpy.flatiter object at 0x{:x}>", Rc::as_ptr(f) as usize)
}

pub fn getitem(f: &FlatIter, index: &Value) -> Result<Value> {
    Ok(f.wrap(super::numpy::flat_getitem(f.codes(), index)?))
}

/// `a.flat[index] = v` (and `a.flat = v`, which is `index` None: every
/// element). The positions are the flat index applied to `0..size`; the
/// values, cast to the array's dtype, are cycled over them.
pub fn setitem(f: &FlatIter, index: Option<&Value>, v: &Value) -> Result<()> {
    let n = f.size();
    // NumPy stores an integer index array item by item, so an out-of-bounds
    // position raises after the positions before it were written.
    let mut stopped = None;
    let targets: Vec<usize> = match index {
        None => (0..n).collect(),
        // One item needs no table of every position.
        Some(index) if let Some(i) = super::numpy::flat_position(index, n) => vec![i?],
        Some(index)
            if let Some(ix) = super::numpy::index_array(index)?
                && ix.dtype() != crate::array::DType::Bool =>
        {
            let size = n as i64;
            let mut ok = Vec::new();
            for i in
                crate::array::cast::cast_array(&ix, crate::array::DType::Int64)?.to_vec::<i64>()
            {
                if i < -size || i >= size {
                    stopped = Some(super::numpy::flat_out_of_bounds(i, n));
                    break;
                }
                ok.push(i.rem_euclid(size) as usize);
            }
            ok
        }
        Some(index) => {
            let all = Array::from_vec((0..n as i64).collect::<Vec<i64>>(), vec![n]);
            match super::numpy::flat_getitem(&all, index)? {
                Value::Scalar(Scalar::Int64(i)) => vec![i as usize],
                Value::Array(picked) => picked
                    .to_vec::<i64>()
                    .into_iter()
                    .map(|i| i as usize)
                    .collect(),
                _ => unreachable!("positions of an int64 array"),
            }
        }
    };
    let values = match &f.base {
        Value::Array(a) => super::to_array(v, Some(a.dtype()))?,
        Value::StrArray(sa) => code_array(super::strarray::codes_for(sa, v)?),
        Value::ObjArray(o) => code_array(super::objarray::codes_for(o, v)?),
        _ => unreachable!("a flatiter walks an array"),
    };
    super::indexing::write_cycled(f.codes(), &targets, &values, false)?;
    stopped.map_or(Ok(()), Err)
}

fn code_array(codes: Value) -> Array {
    match codes {
        Value::Array(a) => a,
        Value::Scalar(Scalar::Int64(c)) => Array::from_vec(vec![c], vec![]),
        _ => unreachable!("codes are int64"),
    }
}

pub fn getattr(it: &mut Interp, v: &Value, f: &FlatIter, name: &str) -> Result<Value> {
    match name {
        "base" => Ok(f.base.clone()),
        "index" => Ok(Value::int(f.pos.get())),
        "coords" => Ok(f.coords(f.pos.get())),
        // `a.flat.copy()` is `a.flatten()`: the same C-order copy.
        "copy" => it.getattr(&f.base, "flatten"),
        _ => Err(Error::attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            v.type_name()
        ))),
    }
}

/// The one cursor of a flatiter, advanced by whoever iterates it.
pub struct Cursor(pub Rc<FlatIter>);

impl Lazy for Cursor {
    fn next(&mut self, _: &mut Interp) -> Result<Option<Value>> {
        let pos = self.0.pos.get();
        if pos >= self.0.size() {
            return Ok(None);
        }
        self.0.pos.set(pos + 1);
        getitem(&self.0, &Value::int(pos)).map(Some)
    }
}
