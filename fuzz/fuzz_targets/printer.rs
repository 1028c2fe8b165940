//! The printer: random arrays (dtype, shape, values, views) under random
//! print options, built from the input bytes and printed with repr, str and
//! array2string.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

const DTYPES: &[&str] = &[
    "bool",
    "int8",
    "uint8",
    "int16",
    "int32",
    "int64",
    "uint64",
    "float16",
    "float32",
    "float64",
    "complex64",
    "complex128",
];
const VALUES: &[&str] = &[
    "0",
    "1",
    "-1",
    "0.5",
    "-0.0",
    "1e-300",
    "1e300",
    "123456789.123",
    "np.nan",
    "np.inf",
    "-np.inf",
    "2**62",
    "255",
    "-128",
    "1+2j",
    "1e-5j",
    "3.14159",
    "1e16",
    "0.1",
];
const OPTIONS: &[&str] = &[
    "precision=0",
    "precision=3",
    "precision=20",
    "threshold=0",
    "threshold=5",
    "edgeitems=1",
    "linewidth=10",
    "linewidth=200",
    "suppress=True",
    "sign='+'",
    "sign=' '",
    "floatmode='fixed'",
    "floatmode='unique'",
    "floatmode='maxprec_equal'",
    "legacy='1.13'",
    "legacy='1.25'",
    "nanstr='N'",
    "infstr='I'",
];

fuzz_target!(|data: &[u8]| {
    let mut bytes = data.iter().copied();
    let mut next = |n: usize| bytes.next().map_or(0, |b| b as usize % n);
    let dtype = DTYPES[next(DTYPES.len())];
    let ndim = next(4);
    let shape: Vec<usize> = (0..ndim).map(|_| next(5)).collect();
    let size: usize = shape.iter().product();
    let values: Vec<&str> = (0..size).map(|_| VALUES[next(VALUES.len())]).collect();
    let options: Vec<&str> = (0..next(4)).map(|_| OPTIONS[next(OPTIONS.len())]).collect();
    let shape_text: String = shape.iter().map(|n| format!("{n},")).collect();
    let axis = next(3) as i64 - 1;
    let array = if values.is_empty() {
        format!("np.zeros(({shape_text}), dtype=np.{dtype})")
    } else {
        format!(
            "np.array([{}], dtype=np.{dtype}).reshape(({shape_text}))",
            values.join(", ")
        )
    };
    let src = format!(
        "np.set_printoptions({})\na = {array}\n\
         a\nprint(a)\na[::-1]\nnp.array2string(a)\na.cumsum(axis={axis})\n",
        options.join(", "),
    );
    common::run_session(&src);
});
