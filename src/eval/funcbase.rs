//! `np.unwrap`, `np.piecewise` and `np.asarray_chkfinite`
//! (numpy/lib/_function_base_impl.py), each
//! step the operator or np call NumPy's Python makes, in its order, so
//! dtypes, warnings and last bits are NumPy's.

use super::Interp;
use super::apply::{keywords, positional};
use super::pycalc::Calc;
use super::table::{Args, CallArgs, FnDef, Owner, p};
use super::to_array;
use super::value::{TypeObj, Value};
use crate::array::{Abstract, Kind};
use crate::error::{Error, Exc, Result};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

pub static FUNCBASE: &[FnDef] = &[
    FnDef {
        name: "unwrap",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "p", "Input array."),
            p!(Normal "discont" = "None", "Jumps at least this large are unwrapped; period/2 by default."),
            p!(Normal "axis" = "-1", "The axis to unwrap along."),
            p!(KeywordOnly "period" = "6.283185307179586", "The period of the wrapped values."),
        ],
        doc: "Unwrap by taking the complement of large deltas with respect to the period.",
        examples: &[
            "np.unwrap([0, 6, 0.5, 6.5])",
            "np.unwrap([1, 2, 3, 4, 5, 6, 1, 2, 3], period=6)",
        ],
        imp: unwrap,
    },
    FnDef {
        name: "piecewise",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "x", "Input array."),
            p!(Normal "condlist", "Boolean arrays (or one), each selecting where its function applies."),
            p!(Normal "funclist", "Functions or constants, one per condition, or one more for 'otherwise'."),
            p!(VarPositional "args", "More arguments for each function."),
            p!(VarKeyword "kw", "Keyword arguments for each function."),
        ],
        doc: "Evaluate a piecewise-defined function: funclist[i] where condlist[i] holds, 0 elsewhere.",
        examples: &[
            "np.piecewise(np.linspace(-2.5, 2.5, 6), [np.linspace(-2.5, 2.5, 6) < 0], [-1, 1])",
            "np.piecewise(np.arange(-2, 3), [np.arange(-2, 3) < 0], [lambda v: -v, lambda v: v])",
        ],
        imp: piecewise,
    },
    FnDef {
        name: "asarray_chkfinite",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input data."),
            p!(Normal "dtype" = "None", "The array's dtype."),
            p!(Normal "order" = "None", "Memory layout, as for np.asarray."),
        ],
        doc: "np.asarray(a, dtype, order), raising ValueError if a float or complex result holds an inf or NaN.",
        examples: &["np.asarray_chkfinite([1, 2.5])"],
        imp: asarray_chkfinite,
    },
];

fn asarray_chkfinite(it: &mut Interp, args: &Args) -> Result<Value> {
    let c = &mut Calc {
        it,
        span: args.call_span,
    };
    // npcalc's np.asarray makes C order only.
    if !matches!(args.get("order"), Value::None) {
        return Err(Error::new(
            Exc::NotImplementedError,
            "npcalc does not support order= in np.asarray_chkfinite",
        )
        .at(args.span("order")));
    }
    let kw = vec![("dtype", args.get("dtype"))];
    let a = c.call_kw("asarray", vec![args.get("a")], kw)?;
    // typecodes['AllFloat']: the float and complex dtypes.
    let inexact =
        matches!(&a, Value::Array(x) if matches!(x.dtype().kind(), Kind::Float | Kind::Complex));
    if inexact {
        let finite = c.call("isfinite", vec![a.clone()])?;
        let all = c.call("all", vec![finite])?;
        if !c.it.truthy(&all)? {
            return Err(Error::value_error("array must not contain infs or NaNs"));
        }
    }
    Ok(a)
}

fn unwrap(it: &mut Interp, args: &Args) -> Result<Value> {
    use BinOp::{Add, Div, FloorDiv, Mod, Sub};
    let c = &mut Calc {
        it,
        span: args.call_span,
    };
    let p = c.call("asarray", vec![args.get("p")])?;
    let nd = to_array(&p, None)?.ndim();
    let axis = args.get("axis");
    let dd = c.call_kw("diff", vec![p.clone()], vec![("axis", axis.clone())])?;
    let period = args.get("period");
    let two = Value::int(2);
    let discont = match args.get("discont") {
        Value::None => c.op(Div, &period, &two)?,
        d => d,
    };
    // slice1: full slices but slice(1, None) on the axis (diff checked it).
    let full = || Value::Slice([Value::None, Value::None, Value::None].into());
    let mut slice1 = vec![full(); nd];
    let ax = super::builtins::index(&axis)?;
    let ax = if ax < 0.into() { ax + nd } else { ax };
    let ax = usize::try_from(ax).expect("diff checked the axis");
    slice1[ax] = Value::Slice([Value::int(1), Value::None, Value::None].into());
    let slice1 = Value::tuple(slice1);
    let dtype = c.call("result_type", vec![dd.clone(), period.clone()])?;
    let integer = Value::Type(TypeObj::Abstract(Abstract::Integer));
    let is_int = c.call("issubdtype", vec![dtype.clone(), integer])?;
    let (interval_high, boundary_ambiguous) = if c.it.truthy(&is_int)? {
        let high = c.op(FloorDiv, &period, &two)?;
        let rem = c.op(Mod, &period, &two)?;
        (high, c.is(CmpOp::Eq, &rem, &Value::int(0))?)
    } else {
        (c.op(Div, &period, &two)?, true)
    };
    let interval_low = c.neg(&interval_high)?;
    let t = c.op(Sub, &dd, &interval_low)?;
    let t = c.call("mod", vec![t, period])?;
    let ddmod = c.op(Add, &t, &interval_low)?;
    if boundary_ambiguous {
        let at_low = c.it.compare(CmpOp::Eq, &ddmod, &interval_low)?;
        let rising = c.it.compare(CmpOp::Gt, &dd, &Value::int(0))?;
        let mask = c.op(BinOp::BitAnd, &at_low, &rising)?;
        let kw = vec![("where", mask)];
        c.call_kw("copyto", vec![ddmod.clone(), interval_high], kw)?;
    }
    let ph_correct = c.op(Sub, &ddmod, &dd)?;
    let abs_dd = c.call("absolute", vec![dd])?;
    let small = c.it.compare(CmpOp::Lt, &abs_dd, &discont)?;
    let kw = vec![("where", small)];
    c.call_kw("copyto", vec![ph_correct.clone(), Value::int(0)], kw)?;
    let kw = vec![("copy", Value::Bool(true)), ("dtype", dtype)];
    let up = c.call_kw("array", vec![p.clone()], kw)?;
    let tail = c.getitem(&p, &slice1)?;
    let sums = c.call_kw("cumsum", vec![ph_correct], vec![("axis", axis)])?;
    let v = c.op(Add, &tail, &sums)?;
    c.setitem(&up, &slice1, v)?;
    Ok(up)
}

fn piecewise(it: &mut Interp, args: &Args) -> Result<Value> {
    let span = args.call_span;
    let c = &mut Calc { it, span };
    let x = c.call("asanyarray", vec![args.get("x")])?;
    let funclist = args.get("funclist");
    let n2 = c.len(&funclist)?;
    let mut condlist = args.get("condlist");
    // Undocumented in NumPy: a single condition is promoted to a list of one.
    let scalar = c.call("isscalar", vec![condlist.clone()])?;
    let single = c.it.truthy(&scalar)? || {
        let first = c.getitem(&condlist, &Value::int(0))?;
        !matches!(first, Value::List(_) | Value::Array(_)) && to_array(&x, None)?.ndim() != 0
    };
    if single {
        condlist = Value::list(vec![condlist]);
    }
    let kw = vec![("dtype", Value::Type(TypeObj::Bool))];
    condlist = c.call_kw("asarray", vec![condlist], kw)?;
    let n = c.len(&condlist)?;
    if n + 1 == n2 {
        // The "otherwise" condition.
        let kw = vec![("axis", Value::int(0)), ("keepdims", Value::Bool(true))];
        let any = c.call_kw("any", vec![condlist.clone()], kw)?;
        let condelse = c.it.unary(UnaryOp::Invert, &any)?;
        let both = Value::list(vec![condlist, condelse]);
        condlist = c.call_kw("concatenate", vec![both], vec![("axis", Value::int(0))])?;
    } else if n != n2 {
        return Err(Error::value_error(format!(
            "with {n} condition(s), either {n} or {} functions are expected",
            n + 1
        )));
    }
    let y = c.call("zeros_like", vec![x.clone()])?;
    let conds = c.it.iterate(&condlist)?;
    let funcs = c.it.iterate(&funclist)?;
    let extra = positional(args);
    let kw = keywords(args, "kw");
    for (cond, func) in conds.into_iter().zip(funcs) {
        if !super::classes::is_callable(&func) {
            c.setitem(&y, &cond, func)?;
            continue;
        }
        let vals = c.getitem(&x, &cond)?;
        if to_array(&vals, None)?.size() > 0 {
            let mut call_args = vec![(vals, span)];
            call_args.extend(extra.iter().map(|v| (v.clone(), span)));
            let call = CallArgs {
                positional: call_args,
                keywords: kw.clone(),
            };
            let r = c.it.call(&func, call, span)?;
            c.setitem(&y, &cond, r)?;
        }
    }
    Ok(y)
}
