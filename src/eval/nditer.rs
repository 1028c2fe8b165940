//! `np.nditer`, unbuffered: NumPy's axis layout (nditer_constr.c: broadcast
//! strides, a forced order or the best order by strides with negative ones
//! flipped, coalescing when no multi-index is tracked) and its Python object
//! (nditer_pywrap.c: `started`/`finished`, 0-d views as items, `with`).

use super::Interp;
use super::convert::to_array;
use super::table::{Args, FnDef, Owner, p};
use super::value::{TypeObj, Value};
use crate::array::compact_shape_repr;
use crate::array::{Array, DType};
use crate::error::{Error, Exc, Result};
use std::cell::RefCell;
use std::rc::Rc;

pub static NDITER: &[FnDef] = &[FnDef {
    name: "nditer",
    owner: Owner::Method,
    error_name: None,
    params: &[
        p!(Normal "op", "The array to iterate, or a list of arrays broadcast together (None for an output it allocates)."),
        p!(Normal "flags" = "None", "Global flags: 'multi_index', 'c_index', 'f_index', 'external_loop', 'zerosize_ok', 'refs_ok'."),
        p!(Normal "op_flags" = "None", "Per-operand flags: 'readonly' (default), 'readwrite', 'writeonly', 'allocate'; one list for all operands or one per operand."),
        p!(Normal "op_dtypes" = "None", "Requested operand dtypes (npcalc has no buffered casting)."),
        p!(Normal "order" = "'K'", "Iteration order: 'K' follows memory, 'C' rows, 'F' columns, 'A' F if every operand is Fortran-contiguous."),
        p!(Normal "casting" = "'safe'", "Casting rule for op_dtypes."),
        p!(Normal "op_axes" = "None", "Operand axis maps (not in npcalc)."),
        p!(Normal "itershape" = "None", "The iteration shape (not in npcalc)."),
        p!(Normal "buffersize" = "0", "Buffer size, used only with buffering."),
    ],
    doc: "An efficient multi-dimensional iterator: each item is a 0-d view of the operand's element (a tuple of them for several operands), in memory order by default.",
    examples: &[
        "[int(v) for v in np.nditer(np.arange(6).reshape(2, 3).T)]",
        "[(int(x), int(y)) for x, y in np.nditer([np.cumsum([1, 2, 3]), 10])]",
    ],
    imp: nditer,
}];

/// An iteration axis, innermost first, as NumPy's AXISDATA holds it.
#[derive(Clone, Debug)]
struct Axis {
    shape: usize,
    /// The broadcast (C) axis it walks, and whether it walks it backwards;
    /// None once coalesced or for the one axis of a 0-d iteration.
    axis: Option<usize>,
    flipped: bool,
    /// Element strides per operand, then the index's when one is tracked.
    strides: Vec<isize>,
}

#[derive(Debug)]
pub struct NdIter {
    operands: Vec<Array>,
    writeable: Vec<bool>,
    /// The broadcast shape, in C order.
    shape: Vec<usize>,
    axes: Vec<Axis>,
    /// Start offsets (elements) per operand and index after flipping.
    base: Vec<isize>,
    itersize: usize,
    multi_index: bool,
    index: bool,
    external: bool,
    state: RefCell<State>,
}

#[derive(Debug, Default)]
struct State {
    coords: Vec<usize>,
    iterindex: usize,
    started: bool,
    finished: bool,
    closed: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
    Read,
    Write,
    ReadWrite,
}

struct OpFlags {
    access: Option<Access>,
    allocate: bool,
}

fn invalid() -> Error {
    Error::value_error("Iterator is invalid")
}

fn past_end() -> Error {
    Error::value_error("Iterator is past the end")
}

fn refuse(what: &str) -> Error {
    Error::new(
        Exc::NotImplementedError,
        format!("npcalc does not support np.nditer's {what}"),
    )
}

fn flag_names(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::List(l) => Some(l.iter().collect()),
        Value::Tuple(t) => Some(t.to_vec()),
        _ => None,
    }
}

fn flag_str(v: &Value) -> Result<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(Error::type_error(format!(
            "expected bytes, {} found",
            other.type_name()
        ))),
    }
}

#[derive(Default)]
struct Global {
    multi_index: bool,
    c_index: bool,
    f_index: bool,
    external: bool,
    zerosize_ok: bool,
}

/// NpyIter_GlobalFlagsConverter: every name is checked before any is refused.
fn global_flags(v: &Value) -> Result<Global> {
    let mut g = Global::default();
    if let Value::None = v {
        return Ok(g);
    }
    let Some(items) = flag_names(v) else {
        return Err(Error::value_error(
            "Iterator global flags must be a list or tuple of strings",
        ));
    };
    let mut refused = None;
    for item in items {
        let s = flag_str(&item)?;
        match &*s {
            "multi_index" => g.multi_index = true,
            "c_index" => g.c_index = true,
            "f_index" => g.f_index = true,
            "external_loop" => g.external = true,
            "zerosize_ok" => g.zerosize_ok = true,
            // Object arrays are not iterated here, so references never occur.
            "refs_ok" => {}
            "buffered" | "copy_if_overlap" | "common_dtype" | "delay_bufalloc" | "grow_inner"
            | "growinner" | "ranged" | "reduce_ok" => {
                refused.get_or_insert(s.clone());
            }
            _ => {
                return Err(Error::value_error(format!(
                    "Unexpected iterator global flag \"{s}\""
                )));
            }
        }
    }
    if let Some(s) = refused {
        return Err(refuse(&format!("'{s}' flag")));
    }
    Ok(g)
}

/// NpyIter_OpFlagsConverter for one operand's flags.
fn op_flag_set(v: &Value) -> Result<OpFlags> {
    let Some(items) = flag_names(v) else {
        return Err(Error::value_error(
            "op_flags must be a tuple or array of per-op flag-tuples",
        ));
    };
    let mut f = OpFlags {
        access: None,
        allocate: false,
    };
    let mut several = false;
    let mut refused = None;
    for item in items {
        let Value::Str(s) = item else {
            return Err(Error::value_error(
                "op_flags must be a tuple or array of per-op flag-tuples",
            ));
        };
        let access = match &*s {
            "readonly" => Some(Access::Read),
            "writeonly" => Some(Access::Write),
            "readwrite" => Some(Access::ReadWrite),
            "allocate" => {
                f.allocate = true;
                None
            }
            // Without buffering or subclasses these change nothing.
            "no_subtype" | "aligned" | "nbo" => None,
            "copy"
            | "updateifcopy"
            | "contig"
            | "no_broadcast"
            | "virtual"
            | "arraymask"
            | "writemasked"
            | "overlap_assume_elementwise" => {
                refused.get_or_insert(s.clone());
                None
            }
            _ => {
                return Err(Error::value_error(format!(
                    "Unexpected per-op iterator flag \"{s}\""
                )));
            }
        };
        if let Some(a) = access {
            several |= f.access.is_some_and(|b| b != a);
            f.access = Some(a);
        }
    }
    if let Some(s) = refused {
        return Err(refuse(&format!("'{s}' operand flag")));
    }
    if several {
        return Err(Error::value_error(
            "Only one of the iterator flags READWRITE, READONLY, and WRITEONLY may be specified for an operand",
        ));
    }
    Ok(f)
}

/// npyiter_convert_op_flags_array: one set per operand, or one set for all.
fn op_flags(v: &Value, ops: &[Value]) -> Result<Vec<OpFlags>> {
    if let Value::None = v {
        return Ok(ops
            .iter()
            .map(|o| OpFlags {
                access: Some(if matches!(o, Value::None) {
                    Access::Write
                } else {
                    Access::Read
                }),
                allocate: matches!(o, Value::None),
            })
            .collect());
    }
    let Some(items) = flag_names(v) else {
        return Err(Error::value_error(
            "op_flags must be a tuple or array of per-op flag-tuples",
        ));
    };
    if items.len() == ops.len() && !matches!(items.first(), Some(Value::Str(_))) {
        return items.iter().map(op_flag_set).collect();
    }
    let one = op_flag_set(v)?;
    Ok(ops
        .iter()
        .map(|_| OpFlags {
            access: one.access,
            allocate: one.allocate,
        })
        .collect())
}

fn nditer(_: &mut Interp, args: &Args) -> Result<Value> {
    let g = global_flags(&args.get("flags")).map_err(|e| e.at(args.span("flags")))?;
    let order = super::numpy::arg_order(args)?.unwrap_or('K');
    for name in ["op_dtypes", "op_axes", "itershape"] {
        if !matches!(args.get(name), Value::None) {
            return Err(refuse(&format!("{name}=")).at(args.span(name)));
        }
    }
    let op = args.get("op");
    let ops: Vec<Value> = match &op {
        Value::List(l) => l.iter().collect(),
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    if ops.is_empty() {
        return Err(Error::value_error("Must provide at least one operand").at(args.span("op")));
    }
    let flags = op_flags(&args.get("op_flags"), &ops).map_err(|e| e.at(args.span("op_flags")))?;
    NdIter::new(&ops, &flags, &g, order)
        .map(|it| Value::NdIter(Rc::new(it)))
        .map_err(|e| e.at(args.call_span))
}

impl NdIter {
    fn new(ops: &[Value], flags: &[OpFlags], g: &Global, order: char) -> Result<NdIter> {
        let mut arrays: Vec<Option<Array>> = Vec::with_capacity(ops.len());
        for (v, f) in ops.iter().zip(flags) {
            arrays.push(match v {
                Value::None => None,
                Value::StrArray(_) | Value::ObjArray(_) => {
                    return Err(refuse("string or object operands"));
                }
                v => {
                    let writes = matches!(f.access, Some(Access::Write | Access::ReadWrite));
                    // Only an array can take writes back (WRITEBACKIFCOPY).
                    if writes && !matches!(v, Value::Array(_)) {
                        return Err(Error::type_error(
                            "Iterator operand is flagged as writeable, but is an object which cannot be written back to via WRITEBACKIFCOPY",
                        ));
                    }
                    let a = to_array(v, None)?;
                    if writes && a.is_readonly() {
                        return Err(Error::value_error(
                            "operand array with iterator write flag set is read-only",
                        ));
                    }
                    Some(a)
                }
            });
        }
        // npyiter_check_global_flags
        if g.c_index && g.f_index {
            return Err(Error::value_error(
                "Iterator flags C_INDEX and F_INDEX cannot both be specified",
            ));
        }
        let index = g.c_index || g.f_index;
        if g.external && (index || g.multi_index) {
            return Err(Error::value_error(
                "Iterator flag EXTERNAL_LOOP cannot be used if an index or multi-index is being tracked",
            ));
        }
        // npyiter_prepare_one_operand
        for (a, f) in arrays.iter().zip(flags) {
            let Some(access) = f.access else {
                return Err(Error::value_error(
                    "None of the iterator flags READWRITE, READONLY, or WRITEONLY were specified for an operand",
                ));
            };
            match a {
                None if !f.allocate => {
                    return Err(Error::value_error(
                        "Iterator operand was NULL, but neither the ALLOCATE nor the VIRTUAL flag was specified",
                    ));
                }
                None if access == Access::Read => {
                    return Err(Error::value_error(
                        "Automatic allocation was requested for an iterator operand, but it wasn't flagged for writing",
                    ));
                }
                Some(a) if a.size() == 0 && !g.zerosize_ok => {
                    return Err(Error::value_error(
                        "Iteration of zero-sized operands is not enabled",
                    ));
                }
                _ => {}
            }
        }
        let inputs: Vec<&Array> = arrays.iter().flatten().collect();
        if inputs.is_empty() {
            return Err(Error::type_error(
                "no arrays or types available to calculate result type",
            ));
        }
        let shape = broadcast(&inputs)?;
        let ndim = shape.len();
        let nop = arrays.len();
        let writeable: Vec<bool> = flags
            .iter()
            .map(|f| f.access != Some(Access::Read))
            .collect();

        // npyiter_fill_axisdata: innermost axis first.
        let mut axes = Vec::with_capacity(ndim.max(1));
        for j in 0..ndim {
            let c = ndim - 1 - j;
            let n = shape[c];
            let mut strides = Vec::with_capacity(nop + 1);
            for (a, &w) in arrays.iter().zip(&writeable) {
                strides.push(match a {
                    None => 0,
                    Some(_) if n == 1 => 0,
                    Some(a) => match (c + a.ndim()).checked_sub(ndim) {
                        Some(k) if a.shape()[k] != 1 => a.strides()[k],
                        _ if w => {
                            return Err(Error::value_error(format!(
                                "output operand requires a reduction along dimension {j}, but the reduction is not enabled. The dimension size of 1 does not match the expected output shape."
                            )));
                        }
                        _ => 0,
                    },
                });
            }
            axes.push(Axis {
                shape: n,
                axis: Some(c),
                flipped: false,
                strides,
            });
        }
        // npyiter_compute_index_strides, before any reordering.
        if index {
            let mut step = 1isize;
            let order: Vec<usize> = if g.c_index {
                (0..ndim).collect()
            } else {
                (0..ndim).rev().collect()
            };
            for j in order {
                let n = axes[j].shape;
                axes[j].strides.push(if n == 1 { 0 } else { step });
                step *= n as isize;
            }
        }
        let nstrides = nop + usize::from(index);
        let mut base = vec![0isize; nstrides];
        let any_allocate = arrays.iter().any(Option::is_none);
        let forced = match order {
            'C' => true,
            'F' => {
                axes.reverse();
                true
            }
            'A' => {
                if inputs.iter().all(|a| a.is_f_contiguous()) {
                    axes.reverse();
                }
                true
            }
            _ => false,
        };
        if !forced {
            if ndim > 1 {
                crate::array::layout::best_axis_ordering(&mut axes, nop, |a| &a.strides);
            }
            if !any_allocate {
                flip_negative_strides(&mut axes, &mut base, nop);
            }
        }
        // npyiter_new_temp_array: an output laid out in iteration order.
        let dtype = crate::array::promote::promote_sequence(
            &inputs.iter().map(|a| a.dtype()).collect::<Vec<DType>>(),
        )
        .unwrap_or(DType::Float64);
        let mut operands = Vec::with_capacity(nop);
        for (iop, a) in arrays.into_iter().enumerate() {
            operands.push(match a {
                Some(a) => a,
                None => {
                    let mut strides = vec![0isize; ndim];
                    let mut step = 1isize;
                    for ax in &mut axes {
                        if let Some(c) = ax.axis {
                            strides[c] = step;
                            ax.strides[iop] = if ax.shape == 1 { 0 } else { step };
                            step *= ax.shape as isize;
                        }
                    }
                    Array::zeros(dtype, shape.clone())?.with_geometry(shape.clone(), strides)
                }
            });
        }
        if ndim == 0 {
            axes.push(Axis {
                shape: 1,
                axis: None,
                flipped: false,
                strides: vec![0; nstrides],
            });
        }
        if axes.len() > 1 && !g.multi_index {
            axes = coalesce(axes);
        }
        let itersize = shape.iter().product();
        let state = State {
            coords: vec![0; axes.len()],
            finished: itersize == 0,
            ..State::default()
        };
        Ok(NdIter {
            operands,
            writeable,
            shape,
            axes,
            base,
            itersize,
            multi_index: g.multi_index,
            index,
            external: g.external,
            state: RefCell::new(state),
        })
    }

    /// NpyIter's iternext: one element (or one inner loop) on; false at the end.
    fn advance(&self, st: &mut State) -> bool {
        let first = usize::from(self.external);
        let step = if self.external { self.axes[0].shape } else { 1 };
        st.iterindex += step;
        for (k, ax) in self.axes.iter().enumerate().skip(first) {
            st.coords[k] += 1;
            if st.coords[k] < ax.shape {
                return true;
            }
            st.coords[k] = 0;
        }
        false
    }

    fn offset(&self, st: &State, row: usize) -> isize {
        self.base[row]
            + self
                .axes
                .iter()
                .zip(&st.coords)
                .map(|(ax, &i)| ax.strides[row] * i as isize)
                .sum::<isize>()
    }

    /// The current item: a 0-d view (a 1-D inner-loop view with
    /// external_loop) per operand, writeable when its flags say so.
    fn value(&self) -> Result<Value> {
        let st = self.state.borrow();
        if st.closed {
            return Err(invalid());
        }
        if st.finished {
            return Err(past_end());
        }
        let items: Vec<Value> = (0..self.operands.len())
            .map(|iop| self.view(&st, iop))
            .collect();
        Ok(match <[Value; 1]>::try_from(items) {
            Ok([one]) => one,
            Err(items) => Value::tuple(items),
        })
    }

    fn view(&self, st: &State, iop: usize) -> Value {
        let a = &self.operands[iop];
        let pos = (a.offset() as isize + self.offset(st, iop)) as usize;
        let v = if self.external {
            let ax = &self.axes[0];
            a.view(pos, vec![ax.shape], vec![ax.strides[iop]])
        } else {
            a.view(pos, vec![], vec![])
        };
        Value::Array(if self.writeable[iop] {
            v
        } else {
            v.into_readonly()
        })
    }

    fn multi_index(&self) -> Result<Value> {
        let st = self.state.borrow();
        if st.closed {
            return Err(invalid());
        }
        if st.finished {
            return Err(past_end());
        }
        if !self.multi_index {
            return Err(Error::value_error("Iterator is not tracking a multi-index"));
        }
        let mut index = vec![0usize; self.shape.len()];
        for (ax, &i) in self.axes.iter().zip(&st.coords) {
            if let Some(c) = ax.axis {
                index[c] = if ax.flipped { ax.shape - 1 - i } else { i };
            }
        }
        Ok(super::numpy::shape_tuple(&index))
    }

    fn index(&self) -> Result<Value> {
        let st = self.state.borrow();
        if st.closed {
            return Err(invalid());
        }
        if st.finished {
            return Err(past_end());
        }
        if !self.index {
            return Err(Error::value_error("Iterator does not have an index"));
        }
        Ok(Value::int(self.offset(&st, self.operands.len())))
    }

    /// `it.iternext()`: Python's True while there is a current element.
    fn iternext(&self) -> bool {
        let mut st = self.state.borrow_mut();
        if st.closed || st.finished || !self.advance(&mut st) {
            st.finished = true;
            return false;
        }
        true
    }

    fn reset(&self) -> Result<()> {
        let mut st = self.state.borrow_mut();
        if st.closed {
            return Err(invalid());
        }
        st.coords.iter_mut().for_each(|c| *c = 0);
        st.iterindex = 0;
        st.started = self.itersize == 0;
        st.finished = self.itersize == 0;
        Ok(())
    }

    /// `with` closes the iterator on the way out.
    pub fn close(&self) {
        self.state.borrow_mut().closed = true;
    }

    pub fn len(&self) -> usize {
        self.operands.len()
    }

    pub fn getitem(&self, key: &Value) -> Result<Value> {
        let i = match key {
            Value::Int(i) => i,
            Value::Slice(_) => return Err(refuse("slicing of the iterator")),
            _ => {
                return Err(Error::type_error(
                    "invalid index type for iterator indexing",
                ));
            }
        };
        let Ok(i) = i64::try_from(i) else {
            return Err(Error::new(
                Exc::OverflowError,
                "Python int too large to convert to C long",
            ));
        };
        let nop = self.operands.len() as i64;
        let st = self.state.borrow();
        if st.closed {
            return Err(invalid());
        }
        if st.finished {
            return Err(past_end());
        }
        let k = if i < 0 { i + nop } else { i };
        if !(0..nop).contains(&k) {
            return Err(Error::index_error(format!(
                "Iterator operand index {i} is out of bounds"
            )));
        }
        Ok(self.view(&st, k as usize))
    }
}

/// NumPy's broadcast of the operand shapes, with its iterator message.
fn broadcast(ops: &[&Array]) -> Result<Vec<usize>> {
    let ndim = ops.iter().map(|a| a.ndim()).max().unwrap_or(0);
    let mut shape = vec![1usize; ndim];
    for a in ops {
        for (k, &n) in a.shape().iter().enumerate() {
            let s = &mut shape[ndim - a.ndim() + k];
            if *s == 1 {
                *s = n;
            } else if n != 1 && n != *s {
                let shapes: String = ops
                    .iter()
                    .map(|a| compact_shape_repr(a.shape()) + " ")
                    .collect();
                return Err(Error::value_error(format!(
                    "operands could not be broadcast together with shapes {shapes}"
                )));
            }
        }
    }
    Ok(shape)
}

/// npyiter_flip_negative_strides: an axis every operand walks backwards
/// (or not at all) is walked forwards from its far end.
fn flip_negative_strides(axes: &mut [Axis], base: &mut [isize], nop: usize) {
    for ax in axes {
        let s = &ax.strides[..nop];
        let any_negative = s.iter().any(|&x| x < 0);
        if any_negative && s.iter().all(|&x| x <= 0) {
            let last = ax.shape as isize - 1;
            for (b, st) in base.iter_mut().zip(&mut ax.strides) {
                *b += last * *st;
                *st = -*st;
            }
            ax.flipped = true;
        }
    }
}

/// npyiter_coalesce_axes: neighbours that step as one axis become one.
fn coalesce(axes: Vec<Axis>) -> Vec<Axis> {
    let mut out: Vec<Axis> = Vec::with_capacity(axes.len());
    for ax in axes {
        if let Some(prev) = out.last_mut() {
            let fits = prev.strides.iter().zip(&ax.strides).all(|(&s0, &s1)| {
                (prev.shape == 1 && s0 == 0)
                    || (ax.shape == 1 && s1 == 0)
                    || s0 * prev.shape as isize == s1
            });
            if fits {
                prev.shape *= ax.shape;
                for (s0, &s1) in prev.strides.iter_mut().zip(&ax.strides) {
                    if *s0 == 0 {
                        *s0 = s1;
                    }
                }
                prev.axis = None;
                continue;
            }
        }
        out.push(ax);
    }
    out
}

/// `for x in it` / `next(it)`: the item at the current position, moving
/// on first unless this is the first step (nditer's `started` flag).
struct Items(Rc<NdIter>);

impl super::iter::Lazy for Items {
    fn next(&mut self, _: &mut Interp) -> Result<Option<Value>> {
        let it = &self.0;
        {
            let mut st = it.state.borrow_mut();
            if st.closed || st.finished {
                return Ok(None);
            }
            if st.started && !it.advance(&mut st) {
                st.finished = true;
                return Ok(None);
            }
            st.started = true;
        }
        it.value().map(Some)
    }
}

pub fn iterate(it: &Rc<NdIter>) -> super::iter::PyIter {
    super::iter::PyIter::Lazy(Box::new(Items(it.clone())))
}

pub fn repr(it: &Rc<NdIter>) -> String {
    format!("<numpy.nditer object at 0x{:x}>", Rc::as_ptr(it) as usize)
}

pub const TYPE: TypeObj = TypeObj::Named("numpy.nditer");

/// Whether `f` is `np.nditer`, the class `isinstance` checks against.
pub fn is_class(f: &FnDef) -> bool {
    std::ptr::eq(f, &NDITER[0])
}

static METHODS: &[FnDef] = &[
    super::table::builtin!(@ Method "iternext", [], "Moves to the next element; False when there is none.", [], |_, a| {
        Ok(Value::Bool(this(a).iternext()))
    }),
    super::table::builtin!(@ Method "reset", [], "Goes back to the first element.", [], |_, a| {
        this(a).reset().map(|()| Value::None)
    }),
    super::table::builtin!(@ Method "close", [], "Ends the iterator (as leaving `with` does).", [], |_, a| {
        this(a).close();
        Ok(Value::None)
    }),
];

fn this(a: &Args) -> &NdIter {
    match a.this() {
        Value::NdIter(it) => it,
        _ => unreachable!("nditer method on another object"),
    }
}

/// nditer's attributes npcalc does not have.
const REFUSED: &[&str] = &[
    "copy",
    "debug_print",
    "enable_external_loop",
    "remove_axis",
    "remove_multi_index",
    "itviews",
    "iterrange",
    "nested_iters",
];

pub fn attr(v: &Value, it: &NdIter, name: &str) -> Result<Value> {
    let closed = it.state.borrow().closed;
    let live = |x: Value| if closed { Err(invalid()) } else { Ok(x) };
    match name {
        "value" => it.value(),
        "multi_index" => it.multi_index(),
        "index" => it.index(),
        "finished" => Ok(Value::Bool(!closed && it.state.borrow().finished)),
        "operands" => live(Value::tuple(
            it.operands.iter().cloned().map(Value::Array).collect(),
        )),
        "iterindex" => match &*it.state.borrow() {
            st if st.closed || st.finished => Err(past_end()),
            st => Ok(Value::int(st.iterindex)),
        },
        "itersize" => live(Value::int(it.itersize)),
        "nop" => live(Value::int(it.operands.len())),
        "ndim" => live(Value::int(if it.shape.is_empty() {
            0
        } else {
            it.axes.len()
        })),
        "shape" => live(if it.multi_index || it.shape.is_empty() {
            super::numpy::shape_tuple(&it.shape)
        } else {
            // NpyIter_GetShape: without a multi-index, innermost axis first.
            let dims: Vec<usize> = it.axes.iter().map(|a| a.shape).collect();
            super::numpy::shape_tuple(&dims)
        }),
        "has_multi_index" => live(Value::Bool(it.multi_index)),
        "has_index" => live(Value::Bool(it.index)),
        "has_delayed_bufalloc" => live(Value::Bool(false)),
        "dtypes" => live(Value::tuple(
            it.operands
                .iter()
                .map(|a| Value::DType(a.dtype()))
                .collect(),
        )),
        _ => match METHODS.iter().find(|f| f.name == name) {
            Some(f) => Ok(Value::Method(Box::new(v.clone()), f)),
            None if REFUSED.contains(&name) => Err(Error::attribute_error(format!(
                "numpy.nditer.{name} is not supported in npcalc"
            ))),
            None => Err(Error::attribute_error(format!(
                "'numpy.nditer' object has no attribute '{name}'"
            ))),
        },
    }
}

/// `it.name = v`: nditer's settable attributes are refused, the rest are
/// read-only as in NumPy.
pub fn setattr(name: &str) -> Error {
    match name {
        "multi_index" | "index" | "iterindex" | "iterrange" => Error::new(
            Exc::NotImplementedError,
            format!("npcalc does not support setting nditer.{name}"),
        ),
        "value"
        | "shape"
        | "operands"
        | "itviews"
        | "has_delayed_bufalloc"
        | "iterationneedsapi"
        | "has_multi_index"
        | "has_index"
        | "dtypes"
        | "ndim"
        | "nop"
        | "itersize"
        | "finished" => Error::attribute_error(format!(
            "attribute '{name}' of 'numpy.nditer' objects is not writable"
        )),
        _ => Error::attribute_error(format!("'numpy.nditer' object has no attribute '{name}'")),
    }
}
