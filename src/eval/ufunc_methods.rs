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
    cast_array, cast_scalar, shape, ufunc, ufunc_at,
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
    };
    Ok(cast_scalar(s, dtype))
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
    // `initial=`: the value the reduction starts from (None: no start).
    let initial = match args.get("initial") {
        Value::None => None,
        Value::Str(s) if &*s == "<no value>" => None,
        v => Some(match v {
            Value::Scalar(s) => cast_scalar(s, loop_dtype),
            other => {
                python_to_scalar(&other, loop_dtype).map_err(|e| e.at(args.span("initial")))?
            }
        }),
    };
    let a = match args.get("where") {
        Value::Bool(true) => a,
        w => masked_out(op, &a, &w, initial, loop_dtype)?,
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
        let steps = array::accumulate(
            &x,
            op,
            AxisArg::Index(kept.len() as i64),
            dtype,
            None,
            AccumFunc::Reduce,
        )?;
        let last = shape::copy(&narrow(&steps, kept.len(), m - 1, 1))?;
        last.view(
            last.offset(),
            kept_shape.clone(),
            array::c_strides(&kept_shape),
        )
    };
    let r = if keepdims(args)? {
        let full: Vec<usize> = (0..nd)
            .map(|d| if axes.contains(&d) { 1 } else { a.shape()[d] })
            .collect();
        let c = shape::copy(&r)?;
        c.view(c.offset(), full.clone(), array::c_strides(&full))
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

/// `reduce(..., where=mask)`: the array in the loop dtype with the
/// unselected elements replaced by the start value, which leaves the
/// reduction unchanged when the start is the ufunc's identity or the
/// ufunc is idempotent (max, min, and, or, gcd, lcm); other cases are
/// refused.
fn masked_out(
    op: Ufunc,
    a: &Array,
    mask: &Value,
    initial: Option<Scalar>,
    loop_dtype: DType,
) -> Result<Array> {
    use Ufunc::*;
    let mask = cast_array(&to_array(mask, None)?, DType::Bool)?;
    let Some(full) = shape::broadcast_to(&mask, a.shape()) else {
        return Err(Error::value_error(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {} {} ",
            array::compact_shape_repr(a.shape()),
            array::compact_shape_repr(mask.shape())
        )));
    };
    let start = match (initial, op.def().identity) {
        (Some(s), _)
            if matches!(
                op,
                Maximum
                    | Minimum
                    | Fmax
                    | Fmin
                    | LogicalAnd
                    | LogicalOr
                    | BitAnd
                    | BitOr
                    | Gcd
                    | Lcm
            ) =>
        {
            s
        }
        (None, Identity::None) => {
            return Err(Error::value_error(format!(
                "reduction operation '{}' does not have an identity, so to use a where mask one has to specify 'initial'",
                op.name()
            )));
        }
        (None, _) => identity(op, loop_dtype)?,
        (Some(_), _) => {
            return Err(Error::new(
                Exc::NotImplementedError,
                format!(
                    "npcalc supports where= with initial= in np.{}.reduce only for max, min, and, or, gcd and lcm",
                    op.name()
                ),
            ));
        }
    };
    let x = shape::copy(&cast_array(a, loop_dtype)?)?;
    let skipped: Vec<bool> = full.to_vec::<bool>().into_iter().map(|b| !b).collect();
    let skipped = Array::from_vec(skipped, a.shape().to_vec());
    let sel = array::fancy::select(&x, &skipped)?;
    array::fancy::put(&x, &sel, &Operand::Scalar(start))?;
    Ok(x)
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
    let Value::Array(a) = args.get("a") else {
        return Err(Error::type_error("first operand must be array"));
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
            Some(c.view(c.offset(), vec![c.size()], vec![1]))
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
    if !matches!(args.get("out"), Value::None) {
        return Err(
            Error::type_error("npcalc does not support out= for ufunc.reduceat")
                .at(args.span("out")),
        );
    }
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
    let loop_dtype = match arg_dtype(args, "dtype")? {
        Some(d) => requested_loop(op, d)?,
        None => own_loop_dtype(op, a.dtype())?,
    };
    Ok(Value::Array(ufunc_at::reduceat(
        &a, op, &checked, axis, loop_dtype,
    )?))
}

/// `np.exp(x, out=, where=, casting=, dtype=)` and the other transcendental
/// ufuncs: the loop by `dtype=` (or NumPy's search), the input and output
/// casts checked under `casting=`, and with `where=` only the selected
/// elements computed (so only they can warn) and written to `out`.
pub(super) fn transcendental_with_options(args: &Args, op: Ufunc, x: &Value) -> Result<Value> {
    let casting = match args.get("casting") {
        Value::Str(s) if Casting::parse(&s).is_some() => Casting::parse(&s).expect("checked"),
        Value::Str(_) => {
            return Err(Error::value_error(format!(
                "casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got {})",
                super::repr(&args.get("casting"), &Default::default())
            ))
            .at(args.span("casting")));
        }
        other => {
            return Err(Error::type_error(format!(
                "casting must be str, not {}",
                other.type_name()
            ))
            .at(args.span("casting")));
        }
    };
    let a = to_array(x, None)?;
    let (input, output) = match arg_dtype(args, "dtype")? {
        None => array::unary::resolve(op, a.dtype())?,
        Some(d) => op
            .def()
            .loops()
            .find(|(ins, out)| *out == d && ins[0] == d)
            .map(|(ins, out)| (ins[0], out))
            .ok_or_else(|| {
                Error::type_error(format!(
                    "No loop matching the specified signature and casting was found for ufunc {}",
                    op.name()
                ))
            })?,
    };
    if !can_cast(a.dtype(), input, casting) {
        return Err(Error::new(
            Exc::UFuncInputCastingError,
            format!(
                "Cannot cast ufunc '{}' input from dtype('{}') to dtype('{}') with casting rule '{}'",
                op.name(),
                a.dtype(),
                input,
                casting.name()
            ),
        ));
    }
    if input.kind() == Kind::Complex {
        return Err(Error::new(
            Exc::NotImplementedError,
            format!("npcalc's np.{} takes real numbers only", op.name()),
        ));
    }
    let out = arg_out(args)?;
    let mask = match args.get("where") {
        Value::Bool(true) => None,
        w => Some(cast_array(&to_array(&w, None)?, DType::Bool)?),
    };
    let Some(out) = out else {
        if let Some(m) = &mask {
            // NumPy leaves the unselected elements uninitialized; npcalc
            // follows it only when every element is selected.
            let full = shape::broadcast_shapes(&[a.shape(), m.shape()])?;
            let every = shape::broadcast_to(m, &full)
                .expect("broadcastable")
                .to_vec::<bool>()
                .into_iter()
                .all(|b| b);
            if every && full == a.shape() {
                crate::array::signals::warn(
                    "UserWarning",
                    "'where' used without 'out', expect unitialized memory in output. If this is intentional, use out=None.",
                );
                let r = array::unary::transcendental_in(op, &a, input)?;
                return Ok(unwrap0(r));
            }
            return Err(Error::type_error(
                "npcalc does not support where= without out= (NumPy leaves the other elements uninitialized)",
            )
            .at(args.span("where")));
        }
        let r = array::unary::transcendental_in(op, &a, input)?;
        return Ok(unwrap0(r));
    };
    out.check_writeable("output array")?;
    if !can_cast(output, out.dtype(), casting) {
        return Err(Error::new(
            Exc::UFuncOutputCastingError,
            format!(
                "Cannot cast ufunc '{}' output from dtype('{}') to dtype('{}') with casting rule '{}'",
                op.name(),
                output,
                out.dtype(),
                casting.name()
            ),
        ));
    }
    // NumPy's operand order: the input, the output, the mask.
    let shape = match &mask {
        Some(m) => shape::broadcast_shapes(&[a.shape(), out.shape(), m.shape()])?,
        None => shape::broadcast_shapes(&[a.shape(), out.shape()])?,
    };
    if shape != out.shape() {
        return Err(Error::value_error(format!(
            "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
            array::compact_shape_repr(out.shape()),
            array::compact_shape_repr(&shape)
        )));
    }
    let spread = |x: &Array| -> Result<Array> {
        shape::copy(&shape::broadcast_to(x, &shape).expect("broadcastable"))
    };
    let xb = spread(&a)?;
    let mb = match &mask {
        Some(m) => spread(m)?,
        None => array::construct::filled(Scalar::Bool(true), shape.clone())?,
    };
    let picked = array::fancy::select(&xb, &mb)?;
    let r = array::unary::transcendental_in(op, &array::fancy::take(&xb, &picked)?, input)?;
    let target = array::fancy::select(&out, &mb)?;
    array::fancy::put(&out, &target, &Operand::Array(r))?;
    Ok(Value::Array(out))
}
