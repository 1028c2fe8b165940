//! numpy/ma/core.py's text for masked arrays: `MaskedArray.__str__` (masked
//! elements as `--` in an object array) and `MaskedArray.__repr__` (the
//! `masked_array(data=…, mask=…, fill_value=…)` layout).

use super::array::{array2string, array2string_texts, dtype_is_implied};
use super::{PrintOptions, array_str, py_complex_repr, py_float_repr};
use crate::array::{Array, Scalar};

/// `repr()` of the Python object `astype(object)` makes of an element.
fn object_repr(s: Scalar) -> String {
    match s {
        Scalar::Bool(b) => if b { "True" } else { "False" }.into(),
        Scalar::Float16(x) => py_float_repr(x.to_f64()),
        Scalar::Float32(x) => py_float_repr(x as f64),
        Scalar::Float64(x) => py_float_repr(x),
        Scalar::Complex64(c) => py_complex_repr(c.re as f64, c.im as f64),
        Scalar::Complex128(c) => py_complex_repr(c.re, c.im),
        other => super::scalar_str(other, &PrintOptions::default()),
    }
}

/// `_insert_masked_print`: each element's text, `--` where masked (C order).
fn element_texts(data: &Array, mask: &Array) -> Vec<String> {
    (0..data.size())
        .map(|i| match mask.get_flat(i) {
            Scalar::Bool(true) => "--".to_string(),
            _ => object_repr(data.get_flat(i)),
        })
        .collect()
}

/// `str(m)`.
pub fn masked_str(data: &Array, mask: Option<&Array>, o: &PrintOptions) -> String {
    match mask {
        None => array_str(data, o),
        Some(m) => array2string_texts(data.shape(), &element_texts(data, m), o, " ", "", ""),
    }
}

fn all_masked(mask: Option<&Array>) -> bool {
    mask.is_some_and(|m| (0..m.size()).all(|i| matches!(m.get_flat(i), Scalar::Bool(true))))
}

/// `repr(m)`; `fill_repr` is the fill value as `__repr__` writes it.
pub fn masked_repr(
    data: &Array,
    mask: Option<&Array>,
    fill_repr: &str,
    o: &PrintOptions,
) -> String {
    let mut prefix = "masked_array(".to_string();
    let dtype_needed = !dtype_is_implied(data.dtype()) || all_masked(mask) || data.size() == 0;
    let mut keys = vec!["data", "mask", "fill_value"];
    if dtype_needed {
        keys.push("dtype");
    }
    let shape = data.shape();
    let is_one_row = shape[..shape.len().saturating_sub(1)]
        .iter()
        .all(|&d| d == 1);
    let min_indent = 2;
    let indent = |k: &str| -> String {
        if is_one_row {
            if k == keys[0] {
                prefix.clone()
            } else {
                " ".repeat(min_indent.max(prefix.len() + keys[0].len() - k.len()))
            }
        } else {
            " ".repeat(min_indent)
        }
    };
    let indents: Vec<String> = keys.iter().map(|k| indent(k)).collect();
    let data_text = match mask {
        None => array2string(data, o, ", ", &format!("{}data=", indents[0]), ","),
        Some(m) => array2string_texts(
            shape,
            &element_texts(data, m),
            o,
            ", ",
            &format!("{}data=", indents[0]),
            ",",
        ),
    };
    let mask_text = match mask {
        None => "False".to_string(),
        Some(m) => array2string(m, o, ", ", &format!("{}mask=", indents[1]), ","),
    };
    let mut reprs = vec![data_text, mask_text, fill_repr.to_string()];
    if dtype_needed {
        reprs.push(data.dtype().name().to_string());
    }
    if is_one_row {
        prefix.clear();
    } else {
        prefix.push('\n');
    }
    let body: Vec<String> = keys
        .iter()
        .zip(&indents)
        .zip(&reprs)
        .map(|((k, i), r)| format!("{i}{k}={r}"))
        .collect();
    format!("{prefix}{})", body.join(",\n"))
}
