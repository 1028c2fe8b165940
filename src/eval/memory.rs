//! How arrays hold memory: `a.flags`, `a.setflags`, `a.view()`,
//! `np.shares_memory`, `np.may_share_memory`, `np.ascontiguousarray`,
//! `np.isfortran`, `np.require`, and
//! the size `sys.getsizeof` gives an array. Views and their `base` are
//! `array::storage`'s; this is NumPy's flags object
//! (numpy/_core/src/multiarray/flagsobject.c) and the functions over them.

use super::Interp;
use super::numpy::{arg_array, arg_dtype, this_array, unwrap_method};
use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use crate::array::{Array, DType, Kind, cast_array, shape, signals};
use crate::error::{Error, Exc, Result};
use crate::print;
use std::cell::Cell;

// NumPy's flag bits (ndarraytypes.h), which `flags.num` shows.
const C_CONTIGUOUS: u32 = 0x1;
const F_CONTIGUOUS: u32 = 0x2;
const OWNDATA: u32 = 0x4;
const ALIGNED: u32 = 0x100;
const WRITEABLE: u32 = 0x400;
const WARN_ON_WRITE: u32 = 1 << 31;

/// `a.flags`: the array's flags as they were when it was read (NumPy's
/// flags object keeps a copy), and the array, which setting a flag changes.
#[derive(Debug)]
pub struct Flags {
    array: Array,
    bits: Cell<u32>,
}

impl Flags {
    pub fn of(a: &Array) -> Flags {
        Flags {
            array: a.clone(),
            bits: Cell::new(bits(a)),
        }
    }
}

fn bits(a: &Array) -> u32 {
    let mut b = ALIGNED;
    if a.is_c_contiguous() {
        b |= C_CONTIGUOUS;
    }
    if a.is_f_contiguous() {
        b |= F_CONTIGUOUS;
    }
    if a.base().is_none() {
        b |= OWNDATA;
    }
    if !a.is_readonly() {
        b |= WRITEABLE;
    }
    if a.warns_on_write() {
        b |= WARN_ON_WRITE;
    }
    b
}

const TYPE_NAME: &str = "numpy._core.multiarray.flagsobj";

/// The flags object's repr (and str): its six flags, one per line.
pub fn repr(f: &Flags) -> String {
    let b = f.bits.get();
    let mut out = String::new();
    for (name, bit) in [
        ("C_CONTIGUOUS", C_CONTIGUOUS),
        ("F_CONTIGUOUS", F_CONTIGUOUS),
        ("OWNDATA", OWNDATA),
        ("WRITEABLE", WRITEABLE),
        ("ALIGNED", ALIGNED),
        ("WRITEBACKIFCOPY", 0),
    ] {
        let on = if b & bit != 0 { "True" } else { "False" };
        let warn = if bit == WRITEABLE && b & WARN_ON_WRITE != 0 {
            "  (with WARN_ON_WRITE=True)"
        } else {
            ""
        };
        out.push_str(&format!("  {name} : {on}{warn}\n"));
    }
    out
}

/// A flag by attribute name (`a.flags.owndata`).
pub fn attr(f: &Flags, name: &str) -> Result<Value> {
    let b = f.bits.get();
    let has = |bit: u32| b & bit == bit;
    let (c, fo) = (has(C_CONTIGUOUS), has(F_CONTIGUOUS));
    let behaved = has(ALIGNED | WRITEABLE);
    if matches!(name, "writeable" | "behaved" | "carray") && has(WARN_ON_WRITE) {
        signals::warn(
            "FutureWarning",
            "future versions will not create a writeable array from broadcast_array. Set the writable flag explicitly to avoid this warning.",
        );
    }
    Ok(Value::Bool(match name {
        "contiguous" | "c_contiguous" => c,
        "f_contiguous" | "fortran" => fo,
        "owndata" => has(OWNDATA),
        "writeable" | "_writeable_no_warn" => has(WRITEABLE),
        "aligned" => has(ALIGNED),
        "writebackifcopy" => false,
        "fnc" => fo && !c,
        "forc" => fo || c,
        "behaved" => behaved,
        "carray" => behaved && c,
        // flagsobject.c tests whether any of the three bits is set.
        "farray" => b & (ALIGNED | WRITEABLE | F_CONTIGUOUS) != 0 && !c,
        // A C int: WARN_ON_WRITE (bit 31) makes it negative.
        "num" => return Ok(Value::int(b as i32)),
        _ => {
            return Err(Error::attribute_error(format!(
                "'{TYPE_NAME}' object has no attribute '{name}'"
            )));
        }
    }))
}

/// `a.flags['C']`: the keys `arrayflags_getitem` knows, as attributes.
pub fn getitem(f: &Flags, key: &Value) -> Result<Value> {
    let name = match key_str(key) {
        Some("C" | "CONTIGUOUS" | "C_CONTIGUOUS") => "contiguous",
        Some("F" | "FORTRAN" | "F_CONTIGUOUS") => "fortran",
        Some("W" | "WRITEABLE") => "writeable",
        Some("B" | "BEHAVED") => "behaved",
        Some("O" | "OWNDATA") => "owndata",
        Some("A" | "ALIGNED") => "aligned",
        Some("X" | "WRITEBACKIFCOPY") => "writebackifcopy",
        Some("CA" | "CARRAY") => "carray",
        Some("FA" | "FARRAY") => "farray",
        Some("FNC") => "fnc",
        Some("FORC") => "forc",
        _ => return Err(unknown_flag()),
    };
    attr(f, name)
}

fn key_str(key: &Value) -> Option<&str> {
    match key {
        Value::Str(s) => Some(s),
        _ => None,
    }
}

fn unknown_flag() -> Error {
    Error::new(Exc::KeyError, "'Unknown flag'")
}

/// `a.flags.writeable = v` and the other settable flags.
pub fn setattr(f: &Flags, name: &str, v: &Value) -> Result<()> {
    match name {
        "writeable" => set_writeable(&f.array, super::pyops::truthy(v)?)?,
        "writebackifcopy" => {
            if super::pyops::truthy(v)? {
                return Err(Error::value_error(
                    "cannot set WRITEBACKIFCOPY flag to True",
                ));
            }
        }
        "aligned" => set_aligned(v)?,
        _ if attr(f, name).is_ok() => {
            return Err(Error::attribute_error(format!(
                "attribute '{name}' of '{TYPE_NAME}' objects is not writable"
            )));
        }
        _ => {
            return Err(Error::attribute_error(format!(
                "'{TYPE_NAME}' object has no attribute '{name}'"
            )));
        }
    }
    f.bits.set(bits(&f.array));
    Ok(())
}

/// `del a.flags.writeable`: the getset's refusal.
pub fn delattr(f: &Flags, name: &str) -> Result<()> {
    match name {
        "writeable" | "aligned" | "writebackifcopy" => Err(Error::attribute_error(format!(
            "Cannot delete flags {name} attribute"
        ))),
        _ => setattr(f, name, &Value::None),
    }
}

/// `f == g`: the flags compare (`arrayflags_richcompare`).
pub fn equal(a: &Flags, b: &Flags) -> bool {
    a.bits.get() == b.bits.get()
}

/// `a.flags['W'] = v`: only the settable flags have keys here.
pub fn setitem(f: &Flags, key: &Value, v: &Value) -> Result<()> {
    match key_str(key) {
        Some("W" | "WRITEABLE") => setattr(f, "writeable", v),
        Some("A" | "ALIGNED") => setattr(f, "aligned", v),
        Some("X" | "WRITEBACKIFCOPY") => setattr(f, "writebackifcopy", v),
        _ => Err(unknown_flag()),
    }
}

/// Setting the aligned flag: True is what every npcalc array already is
/// (so, as in NumPy for an aligned array, nothing changes); clearing it is
/// not npcalc's.
fn set_aligned(v: &Value) -> Result<()> {
    if super::pyops::truthy(v)? {
        return Ok(());
    }
    Err(Error::new(
        Exc::NotImplementedError,
        "npcalc does not clear the aligned flag (its arrays are always aligned)",
    ))
}

/// `array_setflags`' write flag: clearing always works; setting needs the
/// array to own its memory or its owner to be writeable (`_IsWriteable`).
fn set_writeable(a: &Array, on: bool) -> Result<()> {
    if on && a.base().is_some_and(|owner| owner.is_readonly()) {
        return Err(Error::value_error(
            "cannot set WRITEABLE flag to True of this array",
        ));
    }
    a.set_readonly(!on);
    Ok(())
}

/// `sys.getsizeof(a)`: `array_sizeof`, the object with its shape and
/// strides, plus the elements when the array owns them.
pub fn sizeof(a: &Array) -> usize {
    let header = 96 + 16 * a.ndim();
    if a.base().is_none() {
        header + a.size() * a.dtype().itemsize()
    } else {
        header
    }
}

static OVERLAP_PARAMS: [super::table::Param; 3] = [
    p!(Normal "a", "Input array."),
    p!(Normal "b", "Input array."),
    p!(Normal "max_work" = "None", "Not supported by npcalc."),
];

pub static MEMORY: &[FnDef] = &[
    FnDef {
        name: "shares_memory",
        owner: Owner::NumpyC,
        error_name: None,
        params: &OVERLAP_PARAMS,
        doc: "Whether a and b have an element in common in memory (solved exactly).",
        examples: &["a = np.arange(6); np.shares_memory(a[::2], a[1::2])"],
        imp: |_, args| overlap(args, Overlap::Exact),
    },
    FnDef {
        name: "may_share_memory",
        owner: Owner::NumpyC,
        error_name: None,
        params: &OVERLAP_PARAMS,
        doc: "Whether the memory spans of a and b overlap (so they might share elements).",
        examples: &["a = np.arange(6); np.may_share_memory(a[::2], a[1::2])"],
        imp: |_, args| overlap(args, Overlap::Bounds),
    },
    FnDef {
        name: "ascontiguousarray",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[
            p!(Normal "a", "Input."),
            p!(Normal "dtype" = "None", "The result's dtype."),
            p!(KeywordOnly "like" = "None", "Not supported by npcalc."),
        ],
        doc: "a itself when already C-contiguous (and of dtype), else a C-contiguous copy; at least 1-D.",
        examples: &["np.ascontiguousarray(np.arange(6).reshape(2, 3).T)"],
        imp: ascontiguousarray,
    },
    FnDef {
        name: "asfortranarray",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[
            p!(Normal "a", "Input."),
            p!(Normal "dtype" = "None", "The result's dtype."),
            p!(KeywordOnly "like" = "None", "Not supported by npcalc."),
        ],
        doc: "a itself when already Fortran-contiguous (and of dtype), else a Fortran-ordered copy; at least 1-D.",
        examples: &["np.asfortranarray(np.arange(6).reshape(2, 3)).flags.f_contiguous"],
        imp: asfortranarray,
    },
    FnDef {
        name: "isfortran",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "a", "An ndarray.")],
        doc: "Whether a is Fortran-contiguous and not also C-contiguous (a.flags.fnc), as a transpose is.",
        examples: &["np.isfortran(np.arange(6).reshape(2, 3).T)"],
        imp: isfortran,
    },
    FnDef {
        name: "require",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input."),
            p!(Normal "dtype" = "None", "The result's dtype."),
            p!(Normal "requirements" = "None", "Flags the result must have: 'C' (C-contiguous), 'A' (aligned), 'W' (writeable), 'O' (owns its data), 'E' (a base-class array); npcalc has no 'F'."),
            p!(KeywordOnly "like" = "None", "Not supported by npcalc."),
        ],
        doc: "a as an array of dtype with the required flags: a itself when it has them, else a copy.",
        examples: &[
            "np.require(np.arange(6).reshape(2, 3).T, requirements='C').flags.c_contiguous",
        ],
        imp: require,
    },
];

pub static MEMORY_METHODS: &[FnDef] = &[
    FnDef {
        name: "view",
        owner: Owner::MethodNpy,
        error_name: None,
        params: &[
            p!(Normal "dtype" = "None", "Only the array's own dtype."),
            p!(Normal "type" = "None", "Only np.ndarray."),
        ],
        doc: "A new array object over the same memory: writes through either show in both.",
        examples: &["a = np.arange(4); v = a.view(); v[0] = 9; a"],
        imp: view,
    },
    FnDef {
        name: "setflags",
        owner: Owner::Method,
        error_name: None,
        params: &[
            p!(Normal "write" = "None", "Whether the array may be written to."),
            p!(Normal "align" = "None", "Not supported by npcalc."),
            p!(Normal "uic" = "None", "Only False."),
        ],
        doc: "Sets the writeable flag (write=False makes the array read-only).",
        examples: &["a = np.arange(3); a.setflags(write=False); a.flags.writeable"],
        imp: setflags,
    },
    FnDef {
        name: "resize",
        owner: Owner::Method,
        error_name: None,
        params: &[
            p!(VarPositional "new_shape", "The new shape, as ints or one tuple."),
            p!(KeywordOnly "refcheck" = "True", "Whether to refuse when other arrays view this one."),
        ],
        doc: "Changes the array's shape and size in place: elements are kept in memory order, cut off or followed by zeros.",
        examples: &["a = np.arange(4); a.resize(2, 3); a"],
        imp: resize,
    },
];

#[derive(Clone, Copy, PartialEq)]
enum Overlap {
    Bounds,
    Exact,
}

fn overlap(args: &Args, how: Overlap) -> Result<Value> {
    if args.given("max_work") {
        return Err(Error::new(
            Exc::NotImplementedError,
            "npcalc does not support max_work= (it always solves exactly)",
        )
        .at(args.span("max_work")));
    }
    let (a, b) = (arg_array(args, "a")?, arg_array(args, "b")?);
    Ok(Value::Bool(match how {
        Overlap::Bounds => extents_overlap(&a, &b),
        Overlap::Exact => extents_overlap(&a, &b) && share_element(&a, &b),
    }))
}

/// The positions an array's elements span, `[low, high)`; empty for an
/// empty array (`get_array_memory_extents`).
fn extents(a: &Array) -> (isize, isize) {
    if a.size() == 0 {
        let at = a.offset() as isize;
        return (at, at);
    }
    let (mut low, mut high) = (a.offset() as isize, a.offset() as isize + 1);
    for (&n, &s) in a.shape().iter().zip(a.strides()) {
        let reach = s * (n as isize - 1);
        if reach < 0 {
            low += reach;
        } else {
            high += reach;
        }
    }
    (low, high)
}

/// `solve_may_share_memory`'s first test. Arrays over different buffers
/// never overlap, as separate allocations do not.
fn extents_overlap(a: &Array, b: &Array) -> bool {
    let ((s1, e1), (s2, e2)) = (extents(a), extents(b));
    a.shares_buffer(b) && s1 < e2 && s2 < e1 && s1 < e1 && s2 < e2
}

/// Whether some element position is in both arrays: NumPy solves the bounded
/// Diophantine problem; the answer is the same set question, here answered
/// with each array's positions marked in a bitmap over both spans.
fn share_element(a: &Array, b: &Array) -> bool {
    let ((s1, e1), (s2, e2)) = (extents(a), extents(b));
    let (low, high) = (s1.min(s2), e1.max(e2));
    let len = (high - low) as usize;
    let (x, y) = (covered(a, low, len), covered(b, low, len));
    x.iter().zip(&y).any(|(p, q)| p & q != 0)
}

/// The positions a non-empty array covers, as bits over `[low, low + len)`:
/// each axis unites copies of the set so far shifted by its stride, built by
/// doubling, so a long axis costs a few shifts, and a broadcast one none
/// (a sliding window or a broadcast array can have far more elements than
/// positions).
fn covered(a: &Array, low: isize, len: usize) -> Vec<u64> {
    let mut first = a.offset() as isize;
    let mut axes = Vec::new();
    for (&n, &s) in a.shape().iter().zip(a.strides()) {
        if n > 1 && s != 0 {
            // A reversed axis covers the same positions from its far end.
            if s < 0 {
                first += s * (n as isize - 1);
            }
            axes.push((n, s.unsigned_abs()));
        }
    }
    let mut set = vec![0u64; len.div_ceil(64)];
    let at = (first - low) as usize;
    set[at / 64] |= 1 << (at % 64);
    for (n, stride) in axes {
        // `power` holds `count` copies; n's binary digits pick which join.
        let (mut union, mut placed) = (vec![0u64; set.len()], 0usize);
        let (mut power, mut count) = (set, 1usize);
        let mut rest = n;
        while rest > 0 {
            if rest & 1 == 1 {
                or_shifted(&mut union, &power, placed.saturating_mul(stride));
                placed += count;
            }
            rest >>= 1;
            if rest > 0 {
                let copy = power.clone();
                or_shifted(&mut power, &copy, count.saturating_mul(stride));
                count *= 2;
            }
        }
        set = union;
    }
    set
}

/// `dst |= src << by` over bitmaps of one length (bits past the end drop).
fn or_shifted(dst: &mut [u64], src: &[u64], by: usize) {
    let (words, bits) = (by / 64, by % 64);
    for i in (words..dst.len()).rev() {
        let mut w = src[i - words] << bits;
        if bits > 0 && i > words {
            w |= src[i - words - 1] >> (64 - bits);
        }
        dst[i] |= w;
    }
}

fn refuse_like(args: &Args) -> Result<()> {
    if args.given("like") {
        return Err(Error::new(
            Exc::NotImplementedError,
            "npcalc does not support like= (it has no array-like classes)",
        )
        .at(args.span("like")));
    }
    Ok(())
}

fn ascontiguousarray(_: &mut Interp, args: &Args) -> Result<Value> {
    as_ordered(args, false)
}

/// `np.asfortranarray`: `ascontiguousarray`'s rules in Fortran order.
fn asfortranarray(_: &mut Interp, args: &Args) -> Result<Value> {
    as_ordered(args, true)
}

/// `np.ascontiguousarray`/`np.asfortranarray`: the array itself when it is
/// given already in that order and dtype, else a copy (at least 1-D). The
/// Fortran copy is the C copy of the reversed axes, given the reversed
/// layout while it is still its own owner, as NumPy allocates an F-ordered
/// array.
fn as_ordered(args: &Args, fortran: bool) -> Result<Value> {
    refuse_like(args)?;
    let given = matches!(args.get("a"), Value::Array(_));
    let a = arg_array(args, "a")?;
    let dtype = arg_dtype(args, "dtype")?.unwrap_or(a.dtype());
    let a = if a.ndim() == 0 {
        a.view(a.offset(), vec![1], vec![1])
    } else {
        a
    };
    let in_order = if fortran {
        a.is_f_contiguous()
    } else {
        a.is_c_contiguous()
    };
    if given && in_order && a.dtype() == dtype {
        return Ok(Value::Array(a));
    }
    let source = if fortran {
        shape::transpose(&a, None)?
    } else {
        a.clone()
    };
    let copied = if a.dtype() == dtype {
        shape::copy(&source)?
    } else {
        cast_array(&source, dtype)?
    };
    if !fortran {
        return Ok(Value::Array(copied));
    }
    let strides: Vec<isize> = copied.strides().iter().rev().copied().collect();
    Ok(Value::Array(
        copied.with_geometry(a.shape().to_vec(), strides),
    ))
}

fn isfortran(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = match args.get("a") {
        Value::Array(a) => a,
        v @ Value::Scalar(_) => super::to_array(&v, None)?,
        v => {
            return Err(Error::attribute_error(format!(
                "'{}' object has no attribute 'flags'",
                v.type_name()
            )));
        }
    };
    Ok(Value::Bool(a.is_f_contiguous() && !a.is_c_contiguous()))
}

/// NumPy's `np.require`: the requirements as flag letters, then
/// `np.array(a, dtype, order, copy=None)` and a copy if a flag is missing.
fn require(it: &mut Interp, args: &Args) -> Result<Value> {
    refuse_like(args)?;
    let requirements = args.get("requirements");
    if !it.truthy(&requirements)? {
        let keywords = vec![("dtype", args.get("dtype"))];
        return super::linalg::np_call(
            it,
            "asanyarray",
            vec![args.get("a")],
            keywords,
            args.call_span,
        );
    }
    let mut flags = Vec::new();
    let mut items = super::iter::PyIter::new(&requirements)?;
    while let Some(item) = items.next_item(it)? {
        let (Value::Str(s) | Value::NpStr(s)) = &item else {
            return Err(Error::attribute_error(format!(
                "'{}' object has no attribute 'upper'",
                item.type_name()
            )));
        };
        let key = s.to_uppercase();
        flags.push(match key.as_str() {
            "C" | "C_CONTIGUOUS" | "CONTIGUOUS" => 'C',
            "F" | "F_CONTIGUOUS" | "FORTRAN" => 'F',
            "A" | "ALIGNED" => 'A',
            "W" | "WRITEABLE" => 'W',
            "O" | "OWNDATA" => 'O',
            "E" | "ENSUREARRAY" => 'E',
            _ => return Err(super::dict::key_error(it, &Value::str(&key))),
        });
    }
    if flags.contains(&'C') && flags.contains(&'F') {
        return Err(Error::value_error(
            r#"Cannot specify both "C" and "F" order"#,
        ));
    }
    if flags.contains(&'F') {
        return Err(Error::new(
            Exc::NotImplementedError,
            "np.require's 'F' requirement is not supported in npcalc (it makes only C-ordered arrays)",
        ));
    }
    let mut a = super::to_array(&args.get("a"), arg_dtype(args, "dtype")?)?;
    let c_order = flags.contains(&'C');
    if c_order && !a.is_c_contiguous() {
        a = shape::copy(&a)?;
    }
    let b = bits(&a);
    let lacking = flags.iter().any(|f| match f {
        'A' => b & ALIGNED == 0,
        'W' => b & WRITEABLE == 0,
        'O' => b & OWNDATA == 0,
        _ => false,
    });
    if !lacking {
        return Ok(Value::Array(a));
    }
    // `arr.copy(order)`, where order 'A' keeps a Fortran-ordered array so.
    if !c_order && b & (C_CONTIGUOUS | F_CONTIGUOUS) == F_CONTIGUOUS {
        let t = shape::copy(&shape::transpose(&a, None)?)?;
        let shape = t.shape().iter().rev().copied().collect();
        let strides = t.strides().iter().rev().copied().collect();
        return Ok(Value::Array(t.with_geometry(shape, strides)));
    }
    Ok(Value::Array(shape::copy(&a)?))
}

fn view(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = this_array(args)?;
    for name in ["dtype", "type"] {
        let v = args.get(name);
        let same = match &v {
            Value::None => true,
            Value::Type(super::value::TypeObj::NdArray) => true,
            _ if name == "dtype" => to_dtype_or_none(&v) == Some(a.dtype()),
            _ => false,
        };
        if !same {
            return Err(Error::new(
                Exc::NotImplementedError,
                format!(
                    "npcalc's ndarray.view makes views of the same dtype ({}) only; it does not reinterpret memory",
                    print::dtype_repr(a.dtype())
                ),
            )
            .at(args.span(name)));
        }
    }
    Ok(unwrap_method(args, a.new_view()))
}

fn to_dtype_or_none(v: &Value) -> Option<DType> {
    super::convert::to_dtype(v).ok().flatten()
}

fn setflags(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = this_array(args)?;
    let align = args.get("align");
    if !matches!(align, Value::None) {
        set_aligned(&align).map_err(|e| e.at(args.span("align")))?;
    }
    let uic = args.get("uic");
    if !matches!(uic, Value::None) && super::pyops::truthy(&uic)? {
        return Err(Error::value_error(
            "cannot set WRITEBACKIFCOPY flag to True",
        ));
    }
    let write = args.get("write");
    if !matches!(write, Value::None) {
        set_writeable(&a, super::pyops::truthy(&write)?)?;
    }
    Ok(Value::None)
}

/// `a.name = v` for the attributes NumPy lets one set on an array; None
/// for the rest, which the caller refuses.
pub fn set_array_attr(it: &mut Interp, a: &Array, name: &str, v: &Value) -> Option<Result<()>> {
    Some(match name {
        "shape" => set_shape(a, v),
        "real" | "imag" => set_part(it, a, name == "imag", v),
        "strides" => Err(Error::attribute_error(
            "npcalc does not support setting an array's strides (deprecated since NumPy 2.4); np.lib.stride_tricks.as_strided makes such a view",
        )),
        "dtype" => Err(Error::attribute_error(
            "npcalc does not support setting an array's dtype, which reinterprets its memory",
        )),
        _ if ARRAY_READONLY_GETSETS.contains(&name) => Err(Error::attribute_error(format!(
            "attribute '{name}' of 'numpy.ndarray' objects is not writable"
        ))),
        _ => return None,
    })
}

/// The getsets of `numpy.ndarray` that have no setter (`array_getsetlist`).
const ARRAY_READONLY_GETSETS: &[&str] = &[
    "T",
    "mT",
    "__array_interface__",
    "__array_priority__",
    "__array_struct__",
    "base",
    "ctypes",
    "device",
    "flags",
    "itemsize",
    "nbytes",
    "ndim",
    "size",
];

/// The getsets of `numpy.generic`, none of which can be set.
const GENERIC_GETSETS: &[&str] = &[
    "T",
    "__array_interface__",
    "__array_priority__",
    "__array_struct__",
    "base",
    "data",
    "device",
    "dtype",
    "flags",
    "flat",
    "imag",
    "itemsize",
    "nbytes",
    "ndim",
    "real",
    "shape",
    "size",
    "strides",
];

/// `s.name = v` on a NumPy scalar, which has no instance dict: its getsets
/// are read-only and it takes no other attribute.
pub fn set_scalar_attr(type_name: &str, name: &str) -> Error {
    Error::attribute_error(if GENERIC_GETSETS.contains(&name) {
        format!("attribute '{name}' of 'numpy.generic' objects is not writable")
    } else if name == "__doc__" {
        format!("'{type_name}' object attribute '__doc__' is read-only")
    } else {
        format!("'{type_name}' object has no attribute '{name}'")
    })
}

/// `a.real`/`a.imag` (`array_real_get`/`array_imag_get`): a real array's
/// real part is the array itself and its imaginary part a read-only array
/// of zeros; a complex array's parts are views in NumPy and marked copies
/// in npcalc, whose element type cannot stride into a complex buffer.
pub fn part(a: &Array, imag: bool) -> Result<Array> {
    let p = shape::real_imag(a, imag)?;
    Ok(match a.dtype().kind() {
        Kind::Complex => p.into_part_copy(),
        _ if imag => p.into_readonly(),
        _ => p,
    })
}

/// `a.real = v` / `a.imag = v` (`array_real_set`/`array_imag_set`): v is
/// copied into the part as into a view of it (its casts, broadcasting and
/// errors), then the complex elements are rebuilt from both parts.
fn set_part(it: &mut Interp, a: &Array, imag: bool, v: &Value) -> Result<()> {
    let whole = Value::Array(a.clone());
    if a.dtype().kind() != Kind::Complex {
        if imag {
            return Err(Error::type_error(
                "array does not have imaginary part to set",
            ));
        }
        return it.setitem(&whole, &Value::Ellipsis, v.clone());
    }
    let new = shape::real_imag(a, imag)?;
    it.setitem(&Value::Array(new.clone()), &Value::Ellipsis, v.clone())?;
    let old = shape::real_imag(a, !imag)?;
    let (re, im) = if imag { (old, new) } else { (new, old) };
    let joined = shape::complex_from_parts(&re, &im, a.dtype())?;
    it.setitem(&whole, &Value::Ellipsis, Value::Array(joined))
}

/// `del a.shape`: the getset's refusal.
pub fn del_array_attr(name: &str) -> Option<Error> {
    (name == "shape").then(|| Error::attribute_error("Cannot delete array shape"))
}

/// `array_shape_set`: the reshape `a.reshape(v)` makes, taken by `a` itself,
/// unless it would have had to copy.
fn set_shape(a: &Array, v: &Value) -> Result<()> {
    let dims = super::numpy::intp_converter(v)?;
    let r = shape::reshape(a, &dims)?;
    if !r.shares_buffer(a) {
        return Err(Error::attribute_error(
            "Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.",
        ));
    }
    a.relayout(r.shape().to_vec(), r.strides().to_vec());
    Ok(())
}

/// The handles on the array that a method call itself holds (the receiver,
/// the bound method, its `self` argument): NumPy's refcheck allows one
/// reference beyond its own call's, so resize allows one handle beyond these.
const RESIZE_CALL_HANDLES: usize = 3;

/// `a.resize(new_shape)` (`PyArray_Resize`): the owner's memory cut or
/// grown with zeros, read with the new shape in the array's own order.
fn resize(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = this_array(args)?;
    // NpyArg_ParseKeywords' "|i": any int (bools too), read before the shape is checked.
    let refcheck = match args.get("refcheck") {
        Value::Bool(b) => b,
        v => super::numpy::to_index(&v)? != 0,
    };
    let dims = match args.get("new_shape") {
        Value::Tuple(t) if t.is_empty() => return Ok(Value::None),
        Value::Tuple(t) if t.len() == 1 && matches!(t[0], Value::None) => return Ok(Value::None),
        Value::Tuple(t) if t.len() == 1 => super::numpy::intp_converter(&t[0])?,
        v => super::numpy::intp_converter(&v)?,
    };
    let c = a.is_c_contiguous();
    let fortran = !c && a.is_f_contiguous();
    if !c && !fortran {
        return Err(Error::value_error(
            "resize only works on single-segment arrays",
        ));
    }
    // PyArray_Resize's size loop: a zero ends it, a negative before one is an
    // error, and a size or byte count beyond npy_intp is out of memory.
    let mut size: usize = 1;
    for (k, &n) in dims.iter().enumerate() {
        if n == 0 {
            // NumPy keeps a later negative dimension in the shape as given.
            if dims[k..].iter().any(|&d| d < 0) {
                return Err(Error::new(
                    Exc::NotImplementedError,
                    "npcalc does not support resizing to a shape with a negative dimension after a zero, which NumPy keeps as given",
                ));
            }
            size = 0;
            break;
        }
        if n < 0 {
            return Err(Error::value_error("negative dimensions not allowed"));
        }
        size = size
            .checked_mul(n as usize)
            .filter(|&s| s <= isize::MAX as usize)
            .ok_or_else(|| Error::new(Exc::MemoryError, ""))?;
    }
    if size
        .checked_mul(a.dtype().itemsize())
        .is_none_or(|b| b > isize::MAX as usize)
    {
        return Err(Error::new(Exc::MemoryError, ""));
    }
    let shape: Vec<usize> = dims.iter().map(|&n| n.max(0) as usize).collect();
    if size != a.size() {
        if a.base().is_some() {
            return Err(Error::value_error(
                "cannot resize this array: it does not own its data",
            ));
        }
        if refcheck && a.handle_count() > RESIZE_CALL_HANDLES + 1 {
            return Err(Error::value_error(
                "cannot resize an array that references or is referenced\nby another object in this way.\nUse the np.resize function to get a new resized copy or\n set refcheck=False to disable this check",
            ));
        }
        // NumPy would then let the views read freed memory.
        if a.is_viewed() {
            return Err(Error::new(
                Exc::NotImplementedError,
                "npcalc does not support resizing an array that other arrays view, even with refcheck=False",
            ));
        }
        if size > a.size() && a.is_readonly() {
            return Err(Error::new(
                Exc::NotImplementedError,
                "npcalc does not support growing a read-only array with resize, whose new elements NumPy leaves uninitialized",
            ));
        }
    }
    a.resize_in_place(shape, fortran)?;
    Ok(Value::None)
}
