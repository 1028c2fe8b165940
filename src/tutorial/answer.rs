//! Whether a learner's value is the exercise's answer: the same shape, the
//! same dtype and the same values (NaN equal to NaN), whatever was typed to
//! get it; and if not, the one sentence saying what differs.

use crate::array::{Array, DType, Kind, Scalar, cast_scalar, shape_repr};
use crate::eval::{Value, to_array};
use crate::print::{PrintOptions, scalar_str};

#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    Right,
    /// What differs, e.g. "right values, but dtype int32; expected int64".
    Wrong(String),
}

pub fn compare(got: &Value, want: &Array) -> Verdict {
    // Python numbers count as NumPy scalars of their default dtype; other
    // values (lists, strings, None) have no dtype to compare.
    let got = match got {
        Value::Array(_)
        | Value::Scalar(_)
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::Complex(_) => to_array(got, None).ok(),
        _ => None,
    };
    let Some(got) = got else {
        return Verdict::Wrong(format!(
            "that is not an array; expected an array of dtype {}, shape {}",
            want.dtype(),
            shape_repr(want.shape())
        ));
    };
    let dtype_note = (got.dtype() != want.dtype())
        .then(|| format!("dtype {}; expected {}", got.dtype(), want.dtype()));
    if got.shape() != want.shape() {
        let shape = format!(
            "shape {}; expected {}",
            shape_repr(got.shape()),
            shape_repr(want.shape())
        );
        return Verdict::Wrong(match dtype_note {
            Some(d) => format!("{shape}, and {d}"),
            None => shape,
        });
    }
    let first_difference = (0..want.size()).find(|&k| !same(got.get_flat(k), want.get_flat(k)));
    match (dtype_note, first_difference) {
        (None, None) => Verdict::Right,
        (Some(d), None) => Verdict::Wrong(format!("right values, but {d}")),
        (None, Some(k)) => Verdict::Wrong(format!(
            "right dtype and shape, but {}",
            value_difference(&got, want, k)
        )),
        (Some(d), Some(k)) => {
            Verdict::Wrong(format!("{d}, and {}", value_difference(&got, want, k)))
        }
    }
}

/// Equal values across dtypes: integers exactly, anything else as complex
/// numbers (every dtype casts to complex128 exactly), with NaN equal to NaN.
fn same(a: Scalar, b: Scalar) -> bool {
    let integral = |d: DType| matches!(d.kind(), Kind::Int | Kind::UInt) || d == DType::Bool;
    if integral(a.dtype()) && integral(b.dtype()) {
        return exact(a) == exact(b);
    }
    let (Scalar::Complex128(x), Scalar::Complex128(y)) = (
        cast_scalar(a, DType::Complex128),
        cast_scalar(b, DType::Complex128),
    ) else {
        unreachable!("a cast to complex128 gives a complex128")
    };
    let eq = |p: f64, q: f64| p == q || (p.is_nan() && q.is_nan());
    eq(x.re, y.re) && eq(x.im, y.im)
}

fn exact(s: Scalar) -> i128 {
    match s {
        Scalar::UInt64(u) => u as i128,
        s => match cast_scalar(s, DType::Int64) {
            Scalar::Int64(i) => i as i128,
            _ => unreachable!("a cast to int64 gives an int64"),
        },
    }
}

/// "the values differ at [1, 2]: you have 5, expected 8".
fn value_difference(got: &Array, want: &Array, flat: usize) -> String {
    let o = PrintOptions::default();
    let (a, b) = (got.get_flat(flat), want.get_flat(flat));
    let (mut g, mut w) = (scalar_str(a, &o), scalar_str(b, &o));
    if g == w {
        // Unequal values of different precisions can print alike (float32
        // and float64 0.1): show both at the wider precision.
        let wide = if a.dtype().kind() == Kind::Complex || b.dtype().kind() == Kind::Complex {
            DType::Complex128
        } else {
            DType::Float64
        };
        g = scalar_str(cast_scalar(a, wide), &o);
        w = scalar_str(cast_scalar(b, wide), &o);
    }
    if want.ndim() == 0 {
        return format!("the value is {g}; expected {w}");
    }
    let mut index = Vec::with_capacity(want.ndim());
    let mut rest = flat;
    for &n in want.shape().iter().rev() {
        index.push((rest % n).to_string());
        rest /= n;
    }
    index.reverse();
    format!(
        "the values differ at [{}]: you have {g}; expected {w}",
        index.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn array(src: &str) -> Array {
        let mut it = crate::eval::Interp::new(Box::new(crate::eval::SharedBuffer::default()));
        let stmts = crate::syntax::parse(src).unwrap();
        let v = it.exec(&stmts[0]).unwrap().unwrap();
        to_array(&v, None).unwrap()
    }

    fn verdict(got: &str, want: &str) -> Verdict {
        compare(&Value::Array(array(got)), &array(want))
    }

    fn wrong(s: &str) -> Verdict {
        Verdict::Wrong(s.into())
    }

    #[test]
    fn the_same_value_dtype_and_shape_is_right() {
        assert_eq!(
            verdict("np.cumsum([1, 2, 3])", "np.array([1, 3, 6])"),
            Verdict::Right
        );
        assert_eq!(
            verdict("np.array([1.0, np.nan])", "np.array([1.0, np.nan])"),
            Verdict::Right
        );
        // A Python int is an int64 scalar's equal.
        assert_eq!(
            compare(&Value::int(6), &array("np.int64(6)")),
            Verdict::Right
        );
    }

    #[test]
    fn a_dtype_difference_alone_is_named() {
        assert_eq!(
            verdict("np.array([1, 3, 6], dtype=np.int32)", "np.array([1, 3, 6])"),
            wrong("right values, but dtype int32; expected int64")
        );
    }

    #[test]
    fn a_shape_difference_comes_first() {
        assert_eq!(
            verdict("np.arange(6)", "np.arange(6).reshape(2, 3)"),
            wrong("shape (6,); expected (2, 3)")
        );
        assert_eq!(
            verdict("np.arange(6.0)", "np.arange(6).reshape(2, 3)"),
            wrong("shape (6,); expected (2, 3), and dtype float64; expected int64")
        );
    }

    #[test]
    fn the_first_differing_value_is_pointed_at() {
        assert_eq!(
            verdict("np.array([[1, 2], [3, 4]])", "np.array([[1, 2], [3, 5]])"),
            wrong("right dtype and shape, but the values differ at [1, 1]: you have 4; expected 5")
        );
        assert_eq!(
            verdict(
                "np.cumsum([0.1] * 10)",
                "np.cumsum([0.1] * 10, dtype=np.float32)"
            ),
            wrong(
                "dtype float64; expected float32, and the values differ at [0]: \
                 you have 0.1; expected 0.10000000149011612"
            )
        );
        assert_eq!(
            verdict("np.int64(5)", "np.int64(6)"),
            wrong("right dtype and shape, but the value is 5; expected 6")
        );
    }

    #[test]
    fn a_value_without_a_dtype_is_not_an_answer() {
        assert_eq!(
            compare(&Value::list(vec![Value::int(1)]), &array("np.array([1])")),
            wrong("that is not an array; expected an array of dtype int64, shape (1,)")
        );
    }
}
