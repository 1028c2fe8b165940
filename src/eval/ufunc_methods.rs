//! The methods of ufunc values beyond `accumulate`: `reduce` for the ufuncs
//! without a reduction kernel of their own, `outer`, `at` and `reduceat`,
//! with NumPy 2.4.6's argument checks and messages
//! (numpy/_core/src/umath/ufunc_object.c).

use super::Interp;
use super::convert::{python_to_scalar, to_array};
use super::numpy::{
    arg_array, arg_axis, arg_dtype, arg_out, getitem, keepdims, no_loop_for, operand, to_index,
    unwrap0,
};
use super::table::Args;
use super::value::Value;
use crate::array::accumulate::{own_loop_dtype, requested_loop};
use crate::array::layout::{narrow, normalize_axis};
use crate::array::promote::Operand;
use crate::array::{
    self, AccumFunc, Array, AxisArg, Casting, DType, Identity, Kind, Scalar, Ufunc, can_cast,
    cast_array, cast_scalar, shape, signals, ufunc, ufunc_at,
};
use crate::error::{Error, Exc, Result};

fn this_ufunc(args: &Args) -> Ufunc {
    let Value::Ufunc(op) = *args.this() else {
        unreachable!("ufunc methods are bound to a ufunc")
    };
    op
}

/// NumPy's "not reorderable" rule: a ufunc with an identity, or one of the
/// four min/max ufuncs (`PyUFunc_ReorderableNone`), may reduce several
/// axes at once.
fn reorderable(op: Ufunc) -> bool {
    op.def().identity != Identity::None
        || matches!(
            op,
            Ufunc::Maximum | Ufunc::Minimum | Ufunc::Fmax | Ufunc::Fmin
        )
}

/// The ufunc's identity in `dtype`, for reductions over nothing.
fn identity(op: Ufunc, dtype: DType) -> Result<Scalar> {
    let s = match op.def().identity {
        Identity::None => {
            return Err(Error::value_error(format!(
                "zero-size array to reduction operation {} which has no identity",
                op.name()
            )));
        }
        Identity::Zero | Identity::False => Scalar::Bool(false),
        Identity::One | Identity::True => Scalar::Bool(true),
        Identity::MinusOne => Scalar::Int64(-1),
        Identity::NegInf => Scalar::Float64(f64::NEG_INFINITY),
    };
    Ok(cast_scalar(s, dtype))
}

/// `initial=`: the value a reduction starts from, in `dtype` (None: no start).
pub(super) fn arg_initial(args: &Args, dtype: DType) -> Result<Option<Scalar>> {
    Ok(match args.get("initial") {
        Value::None => None,
        Value::Str(s) if &*s == "<no value>" => None,
        Value::Scalar(s) => Some(cast_scalar(s, dtype)),
        other => Some(python_to_scalar(&other, dtype).map_err(|e| e.at(args.span("initial")))?),
    })
}

/// `np.<ufunc>.reduce` for the ufuncs without a reduction kernel: the last
/// step of `accumulate` along the reduced axes (moved last and merged),
/// which is NumPy's order for one axis and for the reorderable ufuncs.
pub(super) fn reduce_by_steps(args: &Args, op: Ufunc, a: Array) -> Result<Value> {
    let out = arg_out(args)?;
    let dtype = arg_dtype(args, "dtype")?;
    let loop_dtype = match dtype {
        Some(d) => requested_loop(op, d)?,
        None => own_loop_dtype(op, a.dtype())?,
    };
    let nd = a.ndim();
    let axes: Vec<usize> = match args.get("axis") {
        Value::None => (0..nd).collect(),
        Value::Tuple(items) => {
            let mut axes = Vec::with_capacity(items.len());
            for v in items.iter() {
                let i = to_index(v).map_err(|e| e.at(args.span("axis")))?;
                let ax = normalize_axis(i, nd)?;
                if axes.contains(&ax) {
                    return Err(Error::value_error("duplicate value in 'axis'"));
                }
                axes.push(ax);
            }
            axes
        }
        _ => {
            let i = arg_axis(args, "axis")?.unwrap_or(0);
            vec![normalize_axis(i as i64, nd)?]
        }
    };
    if axes.len() > 1 && !reorderable(op) {
        return Err(Error::value_error(format!(
            "reduction operation '{}' is not reorderable, so at most one axis may be specified",
            op.name()
        )));
    }
    let initial = arg_initial(args, loop_dtype)?;
    // `compact`: the mask of a ufunc without a neutral value, whose
    // selected elements are folded in after the start, in order.
    let (a, compact) = match args.get("where") {
        Value::Bool(true) => (a, None),
        w => {
            let mask = reduce_mask(&a, &w).map_err(|e| e.at(args.span("where")))?;
            match masked_out(op, &a, &mask, initial, loop_dtype)? {
                Some(x) => (x, None),
                None => (a, Some(mask)),
            }
        }
    };
    let kept: Vec<usize> = (0..nd).filter(|d| !axes.contains(d)).collect();
    let kept_shape: Vec<usize> = kept.iter().map(|&d| a.shape()[d]).collect();
    let m: usize = axes.iter().map(|&d| a.shape()[d]).product();
    let r = if m == 0 {
        let start = match initial {
            Some(s) => s,
            None => identity(op, loop_dtype)?,
        };
        array::construct::filled(start, kept_shape.clone())?
    } else {
        let perm: Vec<isize> = kept.iter().chain(&axes).map(|&d| d as isize).collect();
        let c = shape::copy(&shape::transpose(&a, Some(&perm))?)?;
        let mut merged = kept_shape.clone();
        merged.push(m);
        let mut x = c.view(c.offset(), merged.clone(), array::c_strides(&merged));
        let mut m = m;
        if let Some(s) = initial {
            // The start goes first along the merged axis, in the loop dtype.
            let mut one = kept_shape.clone();
            one.push(1);
            let head = array::construct::filled(s, one)?;
            x = shape::concatenate(&[head, cast_array(&x, loop_dtype)?], kept.len())?;
            m += 1;
        }
        // Each row's selected elements right after its start (`ends`: where
        // its reduction stops), the others after them.
        let mut ends = None;
        if let Some(mask) = &compact {
            let mc = shape::copy(&shape::transpose(mask, Some(&perm))?)?.to_vec::<bool>();
            let (mut idx, mut end) = (Vec::with_capacity(x.size()), Vec::new());
            for row in mc.chunks(m - 1) {
                let picked = (0..row.len()).filter(|&j| row[j]);
                let rest = (0..row.len()).filter(|&j| !row[j]);
                idx.push(0);
                idx.extend(picked.chain(rest).map(|j| j as i64 + 1));
                let k = row.iter().filter(|&&b| b).count() as i64;
                end.extend(std::iter::repeat_n(k, m));
            }
            x = array::gather::take_along_last(&x, &idx)?;
            ends = Some(end);
        }
        let svml_power = op == Ufunc::Power
            && loop_dtype == DType::Float64
            && x.dtype() == DType::Float64
            && initial.is_none()
            && compact.is_none()
            && axes.len() == 1;
        // The reduced axis is the loop's when it is innermost in memory
        // (the smallest stride, the later axis on ties).
        let how = svml_power.then(|| {
            use array::accumulate::PowerReduce;
            let stride = |d: usize| a.strides()[d].unsigned_abs();
            let ax = axes[0];
            let inner = (0..nd).all(|d| {
                d == ax
                    || a.shape()[d] <= 1
                    || stride(d) > stride(ax)
                    || (stride(d) == stride(ax) && d < ax)
            });
            match (inner, a.strides()[ax] < 0 && a.shape()[ax] > 1) {
                (false, _) => PowerReduce::Rows,
                (true, false) => PowerReduce::Lanes,
                (true, true) => PowerReduce::Scalar,
            }
        });
        let last = if let Some(how) = how {
            array::accumulate::power_reduce_f64(&x, m, how)
        } else {
            let steps = array::accumulate(
                &x,
                op,
                AxisArg::Index(kept.len() as i64),
                dtype,
                None,
                AccumFunc::Reduce,
            )?;
            match ends {
                // Every column of a row then holds its stopping step.
                Some(ends) => {
                    let stops = array::gather::take_along_last(&steps, &ends)?;
                    shape::copy(&narrow(&stops, kept.len(), 0, 1))?
                }
                None => shape::copy(&narrow(&steps, kept.len(), m - 1, 1))?,
            }
        };
        let strides = array::c_strides(&kept_shape);
        last.with_geometry(kept_shape, strides)
    };
    let r = if keepdims(args)? {
        let full: Vec<usize> = (0..nd)
            .map(|d| if axes.contains(&d) { 1 } else { a.shape()[d] })
            .collect();
        let c = shape::copy(&r)?;
        let strides = array::c_strides(&full);
        c.with_geometry(full, strides)
    } else {
        r
    };
    let Some(out) = out else {
        return Ok(unwrap0(r));
    };
    out.check_writeable("output array")?;
    if out.ndim() != r.ndim() {
        return Err(Error::value_error(format!(
            "output parameter for reduction operation {} has the wrong number of dimensions: Found {} but expected {}",
            op.name(),
            out.ndim(),
            r.ndim()
        )));
    }
    if out.shape() != r.shape() || out.dtype() != r.dtype() {
        return Err(Error::new(
            Exc::NotImplementedError,
            format!(
                "npcalc supports out= in np.{}.reduce only with the result's shape {} and dtype {}",
                op.name(),
                array::shape_repr(r.shape()),
                r.dtype()
            ),
        ));
    }
    array::copy_into(&out, &r)?;
    Ok(Value::Array(out))
}

/// A reduction's `where=` mask: read as NumPy's `_wheremask_converter`
/// does, then broadcast to the operand's shape by the reduction's iterator
/// (with its errors).
pub(super) fn reduce_mask(a: &Array, w: &Value) -> Result<Array> {
    // A bool array is the mask itself, in its own memory layout (which
    // takes part in the iterator's axis order).
    let mask = match w {
        Value::Array(m) if m.dtype() == DType::Bool => m.clone(),
        _ => arg_where(w)?,
    };
    if mask.ndim() > a.ndim() {
        return Err(Error::value_error(
            "input operand has more dimensions than allowed by the axis remapping",
        ));
    }
    shape::broadcast_to(&mask, a.shape()).ok_or_else(|| {
        Error::value_error(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {} {} ",
            array::compact_shape_repr(a.shape()),
            array::compact_shape_repr(mask.shape())
        ))
    })
}

/// `_count_reduce_items` with a mask (`np.mean`, `np.var`): the values of
/// `where` as given, broadcast with `np.broadcast_to` and summed as
/// integers over `axes` — so `where=[2, 0, 1]` counts three.
pub(super) fn where_counts(
    a: &Array,
    w: &Value,
    axes: Option<&[usize]>,
    keepdims: bool,
) -> Result<Vec<i64>> {
    if matches!(w, Value::None) {
        // broadcast_to makes an object array, whose int() refuses None.
        return Err(Error::type_error(
            "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
        ));
    }
    let x = to_array(w, None)?;
    if a.ndim() == 0 && x.ndim() > 0 {
        return Err(Error::value_error(
            "cannot broadcast a non-scalar to a scalar array",
        ));
    }
    if x.ndim() > a.ndim() {
        return Err(Error::value_error(
            "input operand has more dimensions than allowed by the axis remapping",
        ));
    }
    let full = shape::broadcast_to(&x, a.shape()).ok_or_else(|| {
        Error::value_error(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {}  and requested shape {}",
            array::compact_shape_repr(x.shape()),
            array::compact_shape_repr(a.shape())
        ))
    })?;
    let ints = cast_array(&full, DType::Int64)?;
    let r = array::reduce::reduce_over(
        &ints,
        array::reduce::Reduction::Sum,
        axes,
        Some(DType::Int64),
        keepdims,
        None,
    )?;
    Ok(r.to_vec())
}

/// `reduce(..., where=mask)` (`mask` from `reduce_mask`) for a ufunc whose
/// loop does not depend on how the selected elements are grouped: the
/// array in the loop dtype with the unselected elements replaced by a
/// value that leaves the reduction unchanged — the ufunc's identity, or
/// for an idempotent ufunc (max, min, and, or, gcd, lcm) the start value.
/// None when there is no such value but a start is given (subtract,
/// divide…): `reduce_by_steps` then moves the selected elements first.
/// A float sum depends on the grouping: `reduce::sum_where` runs it.
pub(super) fn masked_out(
    op: Ufunc,
    a: &Array,
    mask: &Array,
    initial: Option<Scalar>,
    loop_dtype: DType,
) -> Result<Option<Array>> {
    use Ufunc::*;
    let idempotent = matches!(
        op,
        Maximum | Minimum | Fmax | Fmin | LogicalAnd | LogicalOr | BitAnd | BitOr | Gcd | Lcm
    );
    let filler = match (initial, op.def().identity) {
        (Some(s), _) if idempotent => s,
        (None, Identity::None) => {
            return Err(Error::value_error(format!(
                "reduction operation '{}' does not have an identity, so to use a where mask one has to specify 'initial'",
                op.name()
            )));
        }
        (_, Identity::None) => return Ok(None),
        (_, _) => identity(op, loop_dtype)?,
    };
    // In the order NumPy's iterator walks `a` beside the mask, which
    // decides how a float product rounds.
    let x = array::reduce::in_iteration_order(&cast_array(a, loop_dtype)?, a, mask)?;
    let skipped: Vec<bool> = mask.to_vec::<bool>().into_iter().map(|b| !b).collect();
    let skipped = Array::from_vec(skipped, a.shape().to_vec());
    let sel = array::fancy::select(&x, &skipped)?;
    array::fancy::put(&x, &sel, &Operand::Scalar(filler))?;
    Ok(Some(x))
}

/// `ufunc.outer(A, B)`: `A` gets `B.ndim` trailing axes of length one, so
/// the result has shape `A.shape + B.shape`.
pub fn outer(_: &mut Interp, args: &Args) -> Result<Value> {
    let op = this_ufunc(args);
    if op.def().nin != 2 {
        return Err(Error::value_error(
            "outer product only supported for binary functions",
        ));
    }
    for name in ["where", "casting"] {
        if args.given(name) {
            return Err(Error::type_error(format!(
                "npcalc does not support the {name}= argument of ufunc.outer"
            ))
            .at(args.span(name)));
        }
    }
    let (va, vb) = (args.get("A"), args.get("B"));
    if matches!(vb, Value::None) && !args.given("B") {
        return Err(Error::type_error("exactly two arguments expected"));
    }
    let (a, b) = match (to_array(&va, None), to_array(&vb, None)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return Err(no_loop_for(op, &va, &vb).unwrap_or(e)),
    };
    let mut shape = a.shape().to_vec();
    let mut strides = a.strides().to_vec();
    shape.extend(std::iter::repeat_n(1, b.ndim()));
    strides.extend(std::iter::repeat_n(0, b.ndim()));
    let a = a.view(a.offset(), shape, strides);
    if op.def().nout != 1 || op.mixed_loops() {
        // Two outputs or mixed loops: the ufunc call's own path.
        return call(args, op, vec![Operand::Array(a), Operand::Array(b)]);
    }
    let (a, b) = match arg_dtype(args, "dtype")? {
        None => (a, b),
        Some(_) if op.gives_bool() => {
            return Err(Error::type_error(format!(
                "npcalc does not support dtype= for np.{}.outer",
                op.name()
            ))
            .at(args.span("dtype")));
        }
        Some(d) => {
            let d = requested_loop(op, d)?;
            for (i, x) in [&a, &b].into_iter().enumerate() {
                if !can_cast(x.dtype(), d, Casting::SameKind) {
                    return Err(Error::new(
                        Exc::UFuncInputCastingError,
                        format!(
                            "Cannot cast ufunc '{}' input {i} from dtype('{}') to dtype('{}') with casting rule 'same_kind'",
                            op.name(),
                            x.dtype(),
                            d
                        ),
                    ));
                }
            }
            (cast_array(&a, d)?, cast_array(&b, d)?)
        }
    };
    let (x, y) = (Operand::Array(a), Operand::Array(b));
    match arg_out(args)? {
        Some(out) => {
            ufunc::binary_into(op, &x, &y, &out)?;
            Ok(Value::Array(out))
        }
        None => Ok(unwrap0(ufunc::binary(op, &x, &y)?)),
    }
}

/// The ufuncs NumPy 2.4.6 has an indexed inner loop for (`ufunc.at`'s
/// fastest path, whose warnings name the ufunc rather than "at").
fn has_indexed_loop(op: Ufunc, dtype: DType) -> bool {
    use Ufunc::*;
    matches!(
        op,
        Add | Subtract | Multiply | TrueDivide | FloorDivide | Maximum | Minimum | Fmax | Fmin
    ) && matches!(dtype.kind(), Kind::Int | Kind::UInt | Kind::Float)
}

/// `ufunc.at(a, indices, b=None)`: unbuffered in place.
pub fn at(_: &mut Interp, args: &Args) -> Result<Value> {
    let op = this_ufunc(args);
    let b = args.get("b");
    if op.def().nout != 1 {
        return Err(Error::value_error(
            "Only single output ufuncs supported at this time",
        ));
    }
    let binary = op.def().nin == 2;
    if args.given("b") && matches!(b, Value::None) {
        return Err(Error::type_error(
            "npcalc does not support None as the second operand of ufunc.at",
        )
        .at(args.span("b")));
    }
    match (&b, binary) {
        (Value::None, true) => return Err(Error::value_error("second operand needed for ufunc")),
        (Value::None, false) => {}
        (_, false) => {
            return Err(Error::value_error(
                "second operand provided when ufunc is unary",
            ));
        }
        _ => {}
    }
    let a = match args.get("a") {
        Value::Array(a) => a,
        Value::ObjArray(_) => return Err(super::objarray::unsupported("ufunc.at")),
        _ => return Err(Error::type_error("first operand must be array")),
    };
    // The loop: NumPy's promotion with the second operand as given (a
    // Python scalar is weak), its values as an array of their own dtype.
    let (loop_dtype, b) = if binary {
        let b_op =
            operand(&b).map_err(|e| no_loop_for(op, &Value::Array(a.clone()), &b).unwrap_or(e))?;
        let b_arr = to_array(&b, None)?;
        let loop_dtype = match ufunc::resolve(op, &Operand::Array(a.clone()), &b_op) {
            // A Python int out of the array's range is cast unsafely.
            Err(e) if e.class == Exc::OverflowError => a.dtype(),
            // NumPy names the second operand's array dtype when no loop fits.
            Err(e) if e.class == Exc::UFuncNoLoopError => {
                ufunc::resolve(
                    op,
                    &Operand::Array(a.clone()),
                    &Operand::Array(b_arr.clone()),
                )?;
                return Err(e);
            }
            other => other?,
        };
        (loop_dtype, Some(b_arr))
    } else {
        (array::unary::resolve(op, a.dtype())?.0, None)
    };
    // Which buffer positions the index selects, in iteration order.
    let positions: Vec<i64> = a.positions().map(|p| p as i64).collect();
    let positions = Array::from_vec(positions, a.shape().to_vec());
    let indices = args.get("indices");
    let selected = match getitem(&Value::Array(positions), &indices)? {
        Value::Array(s) => s,
        Value::Scalar(s) => Array::from_scalar(s),
        _ => unreachable!("indexing an array gives an array or a scalar"),
    };
    let targets: Vec<usize> = shape::copy(&selected)?
        .to_vec::<i64>()
        .into_iter()
        .map(|p| p as usize)
        .collect();
    let b = match b {
        Some(b) => {
            let Some(full) = shape::broadcast_to(&b, selected.shape()) else {
                return Err(Error::value_error(
                    "array is not broadcastable to correct shape",
                ));
            };
            let c = shape::copy(&full)?;
            let n = c.size();
            Some(c.with_geometry(vec![n], vec![1]))
        }
        None => None,
    };
    let fancy_one = matches!(indices, Value::List(_) | Value::Array(_));
    let trivial = binary
        && fancy_one
        && a.ndim() == 1
        && a.dtype() == loop_dtype
        && to_array(&args.get("b"), None)?.dtype() == loop_dtype
        && to_array(&args.get("b"), None)?.ndim() <= 1
        && has_indexed_loop(op, loop_dtype);
    let what = if trivial { op.name() } else { "at" };
    ufunc_at::at(&a, op, &targets, b.as_ref(), loop_dtype, what)?;
    Ok(Value::None)
}

/// `ufunc.reduceat(array, indices, axis=0, dtype=None, out=None)`.
pub fn reduceat(_: &mut Interp, args: &Args) -> Result<Value> {
    let op = this_ufunc(args);
    if op.def().nin != 2 {
        return Err(Error::value_error(
            "reduceat only supported for binary functions",
        ));
    }
    if op.def().nout != 1 {
        return Err(Error::value_error(
            "reduceat only supported for functions returning a single value",
        ));
    }
    if op.mixed_loops() {
        return Err(super::numpy::reduce_not_supported(op));
    }
    let out = arg_out(args)?;
    let a = arg_array(args, "array")?;
    let indices = to_array(&args.get("indices"), None)?;
    if indices.ndim() == 0 {
        return Err(Error::value_error(
            "object of too small depth for desired array",
        ));
    }
    if indices.ndim() > 1 {
        return Err(Error::value_error(
            "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.",
        ));
    }
    if a.ndim() == 0 {
        return Err(Error::type_error("cannot reduceat on a scalar"));
    }
    let axis = normalize_axis(arg_axis(args, "axis")?.unwrap_or(0) as i64, a.ndim())?;
    let n = a.shape()[axis];
    let idx: Vec<i64> = cast_array(&indices, DType::Int64)?.to_vec();
    let mut checked = Vec::with_capacity(idx.len());
    for i in idx {
        if i < 0 || i as usize >= n {
            return Err(Error::index_error(format!(
                "index {i} out-of-bounds in {}.reduceat [0, {n})",
                op.name()
            )));
        }
        checked.push(i as usize);
    }
    // Like NumPy's reductions, an `out=` without `dtype=` sets the loop.
    let loop_dtype = match (arg_dtype(args, "dtype")?, &out) {
        (Some(d), _) => requested_loop(op, d)?,
        (None, Some(o)) => requested_loop(op, o.dtype())?,
        (None, None) => own_loop_dtype(op, a.dtype())?,
    };
    let r = ufunc_at::reduceat(&a, op, &checked, axis, loop_dtype)?;
    let Some(out) = out else {
        return Ok(Value::Array(r));
    };
    out.check_writeable("output array")?;
    if !can_cast(r.dtype(), out.dtype(), Casting::SameKind) {
        return Err(Error::new(
            Exc::UFuncOutputCastingError,
            format!(
                "Cannot cast ufunc '{}' output from dtype('{}') to dtype('{}') with casting rule 'same_kind'",
                op.name(),
                r.dtype(),
                out.dtype()
            ),
        ));
    }
    let nd = a.ndim();
    if out.ndim() != nd {
        return Err(Error::type_error(format!(
            "npcalc supports out= in np.{}.reduceat only with the result's {} dimensions",
            op.name(),
            nd
        )));
    }
    if out.shape() != r.shape() {
        // NumPy's iterator over (out, the array with its axis as a new
        // axis, the indices along that axis only), as it reports them.
        let dims = |x: &Array, axes: &dyn Fn(usize) -> Option<usize>| -> Vec<Option<usize>> {
            (0..nd).map(|d| axes(d).map(|i| x.shape()[i])).collect()
        };
        let whole: Vec<Option<usize>> = out.shape().iter().map(|&n| Some(n)).collect();
        let remapped = [
            (out.shape().to_vec(), whole.clone()),
            (a.shape().to_vec(), dims(&a, &|d| (d != axis).then_some(d))),
            (
                indices.shape().to_vec(),
                dims(&indices, &|d| (d == axis).then_some(0)),
            ),
        ];
        let text: Vec<String> = remapped
            .iter()
            .map(|(orig, rem)| {
                let orig: Vec<Option<usize>> = orig.iter().map(|&n| Some(n)).collect();
                format!(
                    "{}->{}",
                    crate::array::shape::shape_to_string(&orig),
                    crate::array::shape::shape_to_string(rem)
                )
            })
            .collect();
        return Err(Error::value_error(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {} ",
            text.join(" ")
        )));
    }
    array::copy_into(&out, &cast_array(&r, out.dtype())?)?;
    Ok(Value::Array(out))
}

/// The `casting=` keyword of ufunc calls (default `'same_kind'`).
fn arg_casting(args: &Args) -> Result<Casting> {
    match args.get("casting") {
        Value::Str(s) if Casting::parse(&s).is_some() => Ok(Casting::parse(&s).expect("checked")),
        Value::Str(_) => Err(Error::value_error(format!(
            "casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got {})",
            super::repr(&args.get("casting"), &Default::default())
        ))
        .at(args.span("casting"))),
        other => Err(
            Error::type_error(format!("casting must be str, not {}", other.type_name()))
                .at(args.span("casting")),
        ),
    }
}

/// The dtype of a strong operand; None for a Python int, float or complex,
/// which NumPy casts to the loop as a weak scalar without a casting check.
fn strong_dtype(o: &Operand) -> Option<DType> {
    match o {
        Operand::Array(a) => Some(a.dtype()),
        Operand::Scalar(s) => Some(s.dtype()),
        Operand::PyBool(_) => Some(DType::Bool),
        _ => None,
    }
}

/// The dtype NumPy names for an operand (Python scalars as their default).
fn operand_dtype(o: &Operand) -> DType {
    match o {
        Operand::PyInt(_) => DType::Int64,
        Operand::PyFloat(_) => DType::Float64,
        Operand::PyComplex(_) => DType::Complex128,
        other => strong_dtype(other).expect("a strong operand"),
    }
}

fn no_matching_loop(op: Ufunc) -> Error {
    Error::type_error(format!(
        "No loop matching the specified signature and casting was found for ufunc {}",
        op.name()
    ))
}

/// The loop `dtype=d` selects, as (input dtypes, output dtype). NumPy turns
/// `dtype=` into the signature `(None, …, d)` and, for its legacy type
/// resolvers, first tries the homogeneous `(d, …, d)` (npcalc takes only
/// that one: NumPy's fallback to other loops with output `d` depends on
/// its dispatch cache, so `np.absolute(z, dtype=float)` gives a casting
/// error in a fresh process and a result after other calls); the ufuncs whose
/// output is always bool (comparisons, logical, isnan, …) keep their
/// ordinary resolution and take only `dtype=bool`.
fn requested_signature(op: Ufunc, d: DType, inputs: &[Operand]) -> Result<Signature> {
    let def = op.def();
    if d == DType::Bool {
        // NumPy's own refusals of bool loops keep their messages.
        if op == Ufunc::Subtract {
            ufunc::loop_dtype(op, d)?;
        }
        if let Some(message) = def.bool_refused {
            return Err(Error::type_error(message));
        }
    }
    if matches!(op, Ufunc::Positive | Ufunc::Sign | Ufunc::Gcd | Ufunc::Lcm)
        && !def
            .loops()
            .any(|(ins, out)| out == d && ins.iter().all(|&i| i == d))
    {
        // Resolved by promoters rather than NumPy's legacy type resolver:
        // a missing loop is its `_UFuncNoLoopError`, naming the DTypes.
        let ins: Vec<String> = inputs
            .iter()
            .map(|o| operand_dtype(o).class_repr())
            .collect();
        let ins = if ins.len() == 1 {
            ins[0].clone()
        } else {
            format!("({})", ins.join(", "))
        };
        return Err(Error::new(
            Exc::UFuncNoLoopError,
            format!(
                "ufunc '{}' did not contain a loop with signature matching types {ins} -> {}",
                op.name(),
                d.class_repr()
            ),
        ));
    }
    if op.mixed_loops() {
        // Only the output is fixed: the search runs over the loops giving d.
        return linear_search(op, inputs, Some(d));
    }
    let bool_output = def.loops().all(|(_, out)| out == DType::Bool);
    if bool_output {
        if d != DType::Bool {
            return Err(no_matching_loop(op));
        }
        return default_signature(op, inputs);
    }
    def.loops()
        .map(|(ins, _)| {
            let outs = def.outputs(&ins);
            (ins, outs)
        })
        .find(|(ins, outs)| ins.iter().chain(outs).all(|&i| i == d))
        .ok_or_else(|| no_matching_loop(op))
}

/// A loop: its input dtypes and its output dtypes.
type Signature = (Vec<DType>, Vec<DType>);

/// The loop NumPy's own resolution picks for these operands.
fn default_signature(op: Ufunc, inputs: &[Operand]) -> Result<Signature> {
    if op.mixed_loops() {
        return linear_search(op, inputs, None);
    }
    match inputs {
        [x, y] => {
            let l = ufunc::resolve(op, x, y)?;
            let out = if op.gives_bool() { DType::Bool } else { l };
            Ok((vec![l, l], vec![out; op.def().nout]))
        }
        [Operand::Array(a)] => {
            let (i, o) = array::unary::resolve(op, a.dtype())?;
            let outs = match op.def().outputs(&[i]) {
                outs if outs.len() == op.def().nout => outs,
                _ => vec![o],
            };
            Ok((vec![i], outs))
        }
        _ => unreachable!("ufunc inputs are one array or two operands"),
    }
}

/// NumPy's linear search for a ufunc whose loops mix dtypes (ldexp): the
/// first loop every input casts to safely. A Python float counts as
/// float64; a Python int as int64, except as the last input of several,
/// where it is weak and takes the loop's integer type (then checked for
/// range: `np.ldexp(1.5, 2**40)` overflows int32).
fn linear_search(op: Ufunc, inputs: &[Operand], output: Option<DType>) -> Result<Signature> {
    let n = inputs.len();
    let fits = |k: usize, o: &Operand, to: DType| match o {
        Operand::PyInt(_) if k + 1 == n && n > 1 => to.is_integer(),
        other => can_cast(operand_dtype(other), to, Casting::Safe),
    };
    let def = op.def();
    def.loops()
        .filter(|(_, out)| output.is_none_or(|d| *out == d))
        .find(|(ins, _)| {
            ins.iter()
                .zip(inputs)
                .enumerate()
                .all(|(k, (&d, o))| fits(k, o, d))
        })
        .map(|(ins, _)| {
            let outs = def.outputs(&ins);
            (ins, outs)
        })
        .ok_or_else(|| {
            if output.is_some() {
                return no_matching_loop(op);
            }
            op.not_supported()
        })
}

/// The ufunc's element-wise results for operands already in their loop.
fn compute(op: Ufunc, inputs: &[Operand]) -> Result<Vec<Array>> {
    Ok(match inputs {
        [x, y] if op == Ufunc::Divmod => {
            let (q, r) = ufunc::divmod(x, y)?;
            vec![q, r]
        }
        [Operand::Array(x), Operand::Array(n)] if op == Ufunc::Ldexp => {
            vec![ufunc::ldexp(x, n)?]
        }
        [x, y] => vec![ufunc::binary(op, x, y)?],
        [Operand::Array(a)] if op.def().nout == 2 => {
            let (p, q) = array::unary::pair(op, a)?;
            vec![p, q]
        }
        [Operand::Array(a)] => vec![array::unary::unary(op, a)?],
        _ => unreachable!("ufunc inputs are one array or two operands"),
    })
}

/// `out=`: one array (or a 1-tuple) for one output, a tuple of arrays or
/// Nones with one entry per output otherwise.
fn arg_outs(args: &Args, nout: usize) -> Result<Vec<Option<Array>>> {
    let span = args.span("out");
    match args.get("out") {
        Value::None => Ok(vec![None; nout]),
        // A call's own outputs may be None in a tuple (`out=(None,)`).
        Value::Tuple(t) if nout == 1 && matches!(t[..], [Value::None]) => Ok(vec![None]),
        _ if nout == 1 => Ok(vec![arg_out(args)?]),
        Value::Tuple(t) if t.len() == nout => t
            .iter()
            .map(|v| match v {
                Value::None => Ok(None),
                Value::Array(a) => Ok(Some(a.clone())),
                _ => Err(Error::type_error("'out' must be a tuple of arrays").at(span)),
            })
            .collect(),
        Value::Tuple(_) => Err(Error::value_error(
            "The 'out' tuple must have exactly one entry per ufunc output",
        )
        .at(span)),
        _ => Err(Error::type_error("'out' must be a tuple of arrays").at(span)),
    }
}

/// The `where=` mask as NumPy reads it: an array must cast to bool safely,
/// anything else is converted as `np.asarray(where, dtype=bool)`.
fn arg_where(v: &Value) -> Result<Array> {
    match v {
        Value::Array(m) if !can_cast(m.dtype(), DType::Bool, Casting::Safe) => {
            Err(Error::type_error(format!(
                "Cannot cast array data from dtype('{}') to dtype('bool') according to the rule 'safe'",
                m.dtype()
            )))
        }
        Value::None => Ok(Array::from_scalar(Scalar::Bool(false))),
        other => cast_array(&to_array(other, None)?, DType::Bool),
    }
}

/// Every ufunc call, `np.<ufunc>(x1[, x2], out=None, *, where=True,
/// casting='same_kind', dtype=None)`: the loop by `dtype=` (or NumPy's
/// resolution), the input and output casts checked under `casting=`, and
/// with `where=` only the selected elements computed (so only they can
/// warn) and written. Without `out=`, NumPy leaves the unselected elements
/// of its fresh output uninitialized; npcalc fills them with zeros.
pub(super) fn call(args: &Args, op: Ufunc, inputs: Vec<Operand>) -> Result<Value> {
    let casting = arg_casting(args)?;
    let dtype = arg_dtype(args, "dtype")?;
    let outs = arg_outs(args, op.def().nout)?;
    let where_value = args.get("where");
    let masked = !matches!(where_value, Value::Bool(true));
    if masked && outs.iter().all(Option::is_none) {
        crate::array::signals::warn(
            "UserWarning",
            "'where' used without 'out', expect unitialized memory in output. If this is intentional, use out=None.",
        );
    }
    let (ins, loop_outs) = match dtype {
        Some(d) => requested_signature(op, d, &inputs)?,
        None => default_signature(op, &inputs)?,
    };
    // NumPy's npy_update_operand_for_scalar: a Python scalar becomes a 0-d
    // array before any cast is checked, of the common dtype of its kind and
    // the loop's (an int stays int64 for a bool loop, a float float64 for
    // an integer one, a complex with float32 is complex64); its value must
    // fit, and 'equiv' refuses any dtype but its default.
    let convert = dtype.is_some() || masked || op.mixed_loops();
    let mut scalar_dtypes = vec![None; inputs.len()];
    let inputs = inputs
        .into_iter()
        .zip(&ins)
        .zip(&mut scalar_dtypes)
        .map(|((o, &to), slot)| {
            if op.is_comparison() && matches!(o, Operand::PyInt(_)) && to.is_integer() {
                // NumPy 2 compares a Python int with integers in loops of
                // their own: it is never converted (`uint8_array < -1`).
                *slot = Some(to);
                return Ok(o);
            }
            let Some((name, default, descr)) = python_scalar_dtype(&o, to) else {
                return Ok(o);
            };
            if casting == Casting::Equiv && descr != default {
                return Err(Error::type_error(format!(
                    "cannot cast Python {name} to {descr} under the casting rule 'equiv'"
                )));
            }
            *slot = Some(descr);
            if convert {
                o.to_array(descr).map(Operand::Array)
            } else {
                Ok(o)
            }
        })
        .collect::<Result<Vec<_>>>()?;
    for (k, (o, &to)) in inputs.iter().zip(&ins).enumerate() {
        let from = scalar_dtypes[k].unwrap_or_else(|| operand_dtype(o));
        if !can_cast(from, to, casting) {
            return Err(Error::new(
                Exc::UFuncInputCastingError,
                format!(
                    "Cannot cast ufunc '{}' {} from dtype('{from}') to dtype('{to}') with casting rule '{}'",
                    op.name(),
                    numbered("input", k, inputs.len()),
                    casting.name()
                ),
            ));
        }
    }
    // With dtype= (or a mask) the operands go into their loop dtype here,
    // as 0-d arrays for scalars: a ufunc call is no scalar arithmetic.
    // NumPy's check_for_trivial_loop casts unmasked inputs up front while each is
    // 0-d or 1-d within one buffer: their flags say "cast". From the first
    // larger one on, the iterator casts inside the loop, under the ufunc's
    // name.
    let mut up_front = !masked;
    let inputs: Vec<Operand> = if convert {
        inputs
            .iter()
            .zip(&ins)
            .map(|(o, &d)| match o {
                Operand::Array(a) if ins.len() == 1 && dtype.is_none() => {
                    Ok(Operand::Array(a.clone()))
                }
                Operand::Array(a) => {
                    if a.dtype() != d {
                        up_front &=
                            a.ndim() == 0 || (a.ndim() == 1 && a.size() <= array::reduce::BUFSIZE);
                    }
                    if up_front {
                        o.to_array(d).map(Operand::Array)
                    } else {
                        signals::fp_named(op.name(), || o.to_array(d)).map(Operand::Array)
                    }
                }
                _ => o.to_array(d).map(Operand::Array),
            })
            .collect::<Result<_>>()?
    } else {
        inputs
    };
    for (k, (out, &from)) in outs.iter().zip(&loop_outs).enumerate() {
        let Some(out) = out else { continue };
        out.check_writeable("output array")?;
        if !can_cast(from, out.dtype(), casting) {
            return Err(Error::new(
                Exc::UFuncOutputCastingError,
                format!(
                    "Cannot cast ufunc '{}' {} from dtype('{}') to dtype('{}') with casting rule '{}'",
                    op.name(),
                    numbered("output", inputs.len() + k, outs.len()),
                    from,
                    out.dtype(),
                    casting.name()
                ),
            ));
        }
    }
    let mask = if masked {
        Some(arg_where(&where_value).map_err(|e| e.at(args.span("where")))?)
    } else {
        None
    };
    // NumPy's operand order: the inputs, the outputs, the mask.
    let mut shapes: Vec<&[usize]> = inputs.iter().map(|o| o.shape()).collect();
    shapes.extend(outs.iter().flatten().map(|o| o.shape()));
    if let Some(m) = &mask {
        shapes.push(m.shape());
    }
    let shape = shape::broadcast_shapes(&shapes)?;
    for o in outs.iter().flatten() {
        if shape != o.shape() {
            return Err(Error::value_error(format!(
                "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
                array::compact_shape_repr(o.shape()),
                array::compact_shape_repr(&shape)
            )));
        }
    }
    let results: Vec<Value> = match mask {
        None => {
            let rs = compute(op, &inputs)?;
            let mut values = Vec::with_capacity(rs.len());
            for (r, out) in rs.into_iter().zip(outs) {
                values.push(match out {
                    None => unwrap0(r),
                    Some(out) => {
                        signals::fp_named(op.name(), || {
                            let r = cast_array(&r, out.dtype())?;
                            let full = shape::broadcast_to(&r, &shape).expect("broadcastable");
                            array::copy_into(&out, &full)
                        })?;
                        Value::Array(out)
                    }
                });
            }
            values
        }
        Some(mask) => {
            let spread = |x: &Array| -> Result<Array> {
                shape::copy(&shape::broadcast_to(x, &shape).expect("broadcastable"))
            };
            let mb = spread(&mask)?;
            let picked = array::fancy::select(&mb, &mb)?;
            let mut selected = Vec::with_capacity(inputs.len());
            for o in &inputs {
                let Operand::Array(x) = o else {
                    unreachable!("masked operands are arrays")
                };
                selected.push(Operand::Array(array::fancy::take(&spread(x)?, &picked)?));
            }
            let rs = compute(op, &selected)?;
            let mut values = Vec::with_capacity(rs.len());
            for (r, out) in rs.into_iter().zip(outs) {
                let given = out.is_some();
                let target = match out {
                    Some(o) => o,
                    None => array::construct::filled(
                        cast_scalar(Scalar::Bool(false), r.dtype()),
                        shape.clone(),
                    )?,
                };
                let at = array::fancy::select(&target, &mb)?;
                let r = signals::fp_named(op.name(), || cast_array(&r, target.dtype()))?;
                array::fancy::put(&target, &at, &Operand::Array(r))?;
                values.push(if given {
                    Value::Array(target)
                } else {
                    unwrap0(target)
                });
            }
            values
        }
    };
    Ok(match <[Value; 1]>::try_from(results) {
        Ok([one]) => one,
        Err(many) => Value::tuple(many),
    })
}

/// A Python scalar operand's name, default dtype and the dtype NumPy gives
/// it for a loop of dtype `to` (`npy_find_descr_for_scalar`: the common
/// dtype of its abstract kind and `to`); None for other operands.
fn python_scalar_dtype(o: &Operand, to: DType) -> Option<(&'static str, DType, DType)> {
    let (name, default) = match o {
        Operand::PyInt(_) => ("int", DType::Int64),
        Operand::PyFloat(_) => ("float", DType::Float64),
        Operand::PyComplex(_) => ("complex", DType::Complex128),
        _ => return None,
    };
    let descr = match (default.kind(), to.kind()) {
        (Kind::Int, Kind::Bool) => default,
        (Kind::Int, _) | (Kind::Float, Kind::Float | Kind::Complex) => to,
        (Kind::Complex, Kind::Complex) => to,
        (Kind::Complex, Kind::Float) if to.itemsize() <= 4 => DType::Complex64,
        _ => default,
    };
    Some((name, default, descr))
}

/// "input" for a one-input ufunc, "input 0" and on otherwise, as NumPy
/// numbers operands in its casting errors (outputs count on from the
/// inputs: divmod's first output is "output 2").
fn numbered(what: &str, k: usize, n: usize) -> String {
    if n == 1 {
        what.to_string()
    } else {
        format!("{what} {k}")
    }
}
