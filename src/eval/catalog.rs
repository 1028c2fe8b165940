//! The function table itself: every callable npcalc offers, declared once.

use super::builtins as b;
use super::numpy as n;
use super::table::{FnDef, Owner, Param, ParamKind};
use super::ufunc_methods as um;

macro_rules! param {
    ($name:literal, $help:literal) => {
        Param {
            name: $name,
            default: None,
            kind: ParamKind::Normal,
            help: $help,
        }
    };
    ($name:literal = $default:literal, $help:literal) => {
        Param {
            name: $name,
            default: Some($default),
            kind: ParamKind::Normal,
            help: $help,
        }
    };
}
macro_rules! posonly {
    ($name:literal, $help:literal) => {
        Param {
            name: $name,
            default: None,
            kind: ParamKind::PositionalOnly,
            help: $help,
        }
    };
    ($name:literal = $default:literal, $help:literal) => {
        Param {
            name: $name,
            default: Some($default),
            kind: ParamKind::PositionalOnly,
            help: $help,
        }
    };
}
macro_rules! kwonly {
    ($name:literal = $default:literal, $help:literal) => {
        Param {
            name: $name,
            default: Some($default),
            kind: ParamKind::KeywordOnly,
            help: $help,
        }
    };
}
macro_rules! varargs {
    ($name:literal, $help:literal) => {
        Param {
            name: $name,
            default: None,
            kind: ParamKind::VarPositional,
            help: $help,
        }
    };
}

const AXIS: &str =
    "Axis along which the running total goes. None (default) flattens the array in C order first.";
const DTYPE: &str = "Type in which elements are accumulated and returned. Default: the input's dtype, except that bool and integers narrower than the platform int (int64) are promoted to it.";
const OUT: &str = "Array to write the result into: same shape as the result; values are cast to its dtype (any cast, as NumPy's accumulate allows). The call returns it.";

macro_rules! cumulative {
    ($name:literal, $owner:expr, $imp:expr, $doc:literal, [$($ex:literal),*]) => {
        FnDef {
            name: $name,
            owner: $owner,
            error_name: None,
            params: if matches!($owner, Owner::Method) { &METHOD_CUM_PARAMS } else { &NP_CUM_PARAMS },
            doc: $doc,
            examples: &[$($ex),*],
            imp: $imp,
        }
    };
}

static NP_CUM_PARAMS: [Param; 4] = [
    param!(
        "a",
        "Input array, or anything np.array accepts (list, tuple, scalar)."
    ),
    Param {
        name: "axis",
        default: Some("None"),
        kind: ParamKind::Normal,
        help: AXIS,
    },
    Param {
        name: "dtype",
        default: Some("None"),
        kind: ParamKind::Normal,
        help: DTYPE,
    },
    Param {
        name: "out",
        default: Some("None"),
        kind: ParamKind::Normal,
        help: OUT,
    },
];
static METHOD_CUM_PARAMS: [Param; 3] = [
    Param {
        name: "axis",
        default: Some("None"),
        kind: ParamKind::Normal,
        help: AXIS,
    },
    Param {
        name: "dtype",
        default: Some("None"),
        kind: ParamKind::Normal,
        help: DTYPE,
    },
    Param {
        name: "out",
        default: Some("None"),
        kind: ParamKind::Normal,
        help: OUT,
    },
];
static CUMULATIVE_PARAMS: [Param; 5] = [
    posonly!("x", "Input array."),
    kwonly!(
        "axis" = "None",
        "Axis of the running total; required when x has more than one dimension."
    ),
    kwonly!(
        "dtype" = "None",
        "Accumulation and result dtype (same default promotion as cumsum)."
    ),
    kwonly!("out" = "None", "Array to write the result into."),
    kwonly!(
        "include_initial" = "False",
        "Start the result with the identity (0 for sums, 1 for products), so it is one longer along axis."
    ),
];
static ACCUMULATE_PARAMS: [Param; 4] = [
    param!("array", "Input array."),
    param!(
        "axis" = "0",
        "Axis to accumulate along (default 0, unlike cumsum's None)."
    ),
    param!(
        "dtype" = "None",
        "Accumulation dtype; by default add and multiply promote small integers and bools to int64, as cumsum does, and other ufuncs keep their element-wise loop dtype."
    ),
    param!("out" = "None", "Array to write the result into."),
];

/// `np.set_printoptions`'s parameters, shared with `np.printoptions`.
pub static PRINT_OPTION_PARAMS: &[Param] = &[
    param!(
        "precision" = "None",
        "Digits after the point for floats (default 8)."
    ),
    param!(
        "threshold" = "None",
        "Arrays with more elements are summarised with ... (default 1000)."
    ),
    param!(
        "edgeitems" = "None",
        "Items kept at each edge when summarising (default 3)."
    ),
    param!("linewidth" = "None", "Characters per line (default 75)."),
    param!(
        "suppress" = "None",
        "Never use scientific notation for small floats."
    ),
    param!("nanstr" = "None", "Text for NaN."),
    param!("infstr" = "None", "Text for infinity."),
    param!(
        "formatter" = "None",
        "A dict of functions that format elements: keys 'bool', 'int', 'float', 'complexfloat' or 'int_kind', 'float_kind', 'complex_kind'."
    ),
    param!(
        "sign" = "None",
        "'-', '+' or ' ': how to show the sign of positive values."
    ),
    param!(
        "floatmode" = "None",
        "'fixed', 'unique', 'maxprec' (default) or 'maxprec_equal'."
    ),
    kwonly!("legacy" = "None", "Not supported by npcalc."),
    kwonly!("override_repr" = "None", "Not supported by npcalc."),
];

pub static NUMPY: &[FnDef] = &[
    cumulative!(
        "cumsum",
        Owner::Numpy,
        n::cumsum,
        "Return the cumulative sum of the elements along a given axis: element i of the result is the sum of elements 0 to i (inclusive) of the input, that is sum(a[:i+1]). Without axis the array is flattened first. Small signed integers and bool are summed in int64 and small unsigned integers in uint64, so they do not overflow as soon as their own dtype would; integer overflow wraps around silently in the accumulation dtype.",
        [
            "np.cumsum([[1, 2, 3], [4, 5, 6]])",
            "np.cumsum([[1, 2, 3], [4, 5, 6]], axis=0)"
        ]
    ),
    cumulative!(
        "cumprod",
        Owner::Numpy,
        n::cumprod,
        "Return the cumulative product of the elements along a given axis: element i is the product of elements 0 to i (inclusive), that is prod(a[:i+1]). Same axis, dtype and out rules as cumsum.",
        [
            "np.cumprod([1, 2, 3, 4])",
            "np.cumprod([[1, 2, 3], [4, 5, 6]], axis=1)"
        ]
    ),
    cumulative!(
        "nancumsum",
        Owner::Numpy,
        n::nancumsum,
        "Cumulative sum treating NaNs as zero: a NaN does not poison the running total. Leading NaNs become zeros.",
        [
            "np.nancumsum([1, np.nan, 2])",
            "np.nancumsum([[1, np.nan], [np.nan, 4]], axis=0)"
        ]
    ),
    cumulative!(
        "nancumprod",
        Owner::Numpy,
        n::nancumprod,
        "Cumulative product treating NaNs as one.",
        [
            "np.nancumprod([2, np.nan, 3])",
            "np.nancumprod([[1, np.nan], [3, 4]], axis=1)"
        ]
    ),
    FnDef {
        name: "cumulative_sum",
        owner: Owner::Numpy,
        error_name: None,
        params: &CUMULATIVE_PARAMS,
        doc: "The array-API cumulative sum (NumPy 2): like cumsum, but axis must be given for arrays with more than one dimension, and include_initial=True prepends the 0 the sum starts from, so np.diff of the result gives the input back.",
        examples: &[
            "np.cumulative_sum(np.array([1, 2, 3]))",
            "np.cumulative_sum(np.array([1, 2, 3]), include_initial=True)",
        ],
        imp: n::cumulative_sum,
    },
    FnDef {
        name: "cumulative_prod",
        owner: Owner::Numpy,
        error_name: None,
        params: &CUMULATIVE_PARAMS,
        doc: "The array-API cumulative product (NumPy 2): like cumprod, with axis required for more than one dimension and include_initial to prepend the 1 the product starts from.",
        examples: &[
            "np.cumulative_prod(np.array([1, 2, 3]))",
            "np.cumulative_prod(np.array([1, 2, 3]), include_initial=True)",
        ],
        imp: n::cumulative_prod,
    },
    FnDef {
        name: "array",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[
            param!(
                "object",
                "A nested list/tuple of numbers, a scalar, or an array."
            ),
            param!(
                "dtype" = "None",
                "The dtype; default: inferred from the values."
            ),
            kwonly!(
                "copy" = "True",
                "Copy an input array (False: share when possible)."
            ),
            kwonly!(
                "order" = "'K'",
                "Memory layout of the result: 'C', 'F', 'A' (F if the input is) or 'K' (as the input)."
            ),
            kwonly!(
                "subok" = "False",
                "Ignored: npcalc has no ndarray subclasses."
            ),
            kwonly!(
                "ndmin" = "0",
                "Minimum number of dimensions; ones are prepended to the shape."
            ),
        ],
        doc: "Create an array from nested lists or tuples. The shape comes from the nesting; the dtype is the smallest that holds every element (bool < int64 < float64 < complex128) unless dtype is given.",
        examples: &["np.array([[1, 2, 3], [4, 5, 6]])", "np.array([1, 2.5, 3])"],
        imp: n::array,
    },
    FnDef {
        name: "asarray",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[
            param!("a", "Input data."),
            param!("dtype" = "None", "The dtype; default: inferred."),
            param!(
                "order" = "None",
                "Memory layout: 'C' or 'F' copy an array not already so; 'A', 'K' keep it."
            ),
            Param {
                name: "copy",
                default: Some("None"),
                kind: ParamKind::KeywordOnly,
                help: "True: always a copy; False: never (ValueError if one is needed); None: only if needed.",
            },
        ],
        doc: "Convert the input to an array, without copying when it already is one of the right dtype.",
        examples: &["np.asarray([1, 2, 3])", "np.asarray((1.5, 2))"],
        imp: n::asarray,
    },
    FnDef {
        name: "asanyarray",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[
            param!("a", "Input data."),
            param!("dtype" = "None", "The dtype; default: inferred."),
        ],
        doc: "Convert the input to an array, passing subclasses through; for the arrays npcalc has, the same as np.asarray.",
        examples: &["np.asanyarray([1, 2, 3])"],
        imp: n::asarray,
    },
    FnDef {
        name: "zeros",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[
            param!("shape", "Int or tuple of ints."),
            param!("dtype" = "float", "The dtype (default float64)."),
            param!(
                "order" = "'C'",
                "Memory layout: 'C' (rows contiguous) or 'F' (columns)."
            ),
        ],
        doc: "A new array of the given shape filled with zeros.",
        examples: &["np.zeros(3)", "np.zeros((2, 3), dtype=int)"],
        imp: n::zeros,
    },
    FnDef {
        name: "ones",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            param!("shape", "Int or tuple of ints."),
            param!("dtype" = "None", "The dtype (default float64)."),
            param!(
                "order" = "'C'",
                "Memory layout: 'C' (rows contiguous) or 'F' (columns)."
            ),
        ],
        doc: "A new array of the given shape filled with ones.",
        examples: &["np.ones(3)", "np.ones((2, 2), dtype=np.int8)"],
        imp: n::ones,
    },
    FnDef {
        name: "empty",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[
            param!("shape", "Int or tuple of ints."),
            param!("dtype" = "float", "The dtype (default float64)."),
            param!(
                "order" = "'C'",
                "Memory layout: 'C' (rows contiguous) or 'F' (columns)."
            ),
        ],
        doc: "A new array without initialising its entries (npcalc fills it with zeros; NumPy leaves whatever was in memory). Meant to be filled, e.g. by out=.",
        examples: &["np.empty(3)", "np.empty((2, 2), dtype=int)"],
        imp: n::zeros,
    },
    FnDef {
        name: "full",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            param!("shape", "Int or tuple of ints."),
            param!("fill_value", "The value of every element."),
            param!("dtype" = "None", "The dtype; default: that of fill_value."),
            param!(
                "order" = "'C'",
                "Memory layout: 'C' (rows contiguous) or 'F' (columns)."
            ),
        ],
        doc: "A new array of the given shape filled with fill_value.",
        examples: &["np.full(3, 7)", "np.full((2, 2), 0.5)"],
        imp: n::full,
    },
    FnDef {
        name: "zeros_like",
        owner: Owner::Numpy,
        error_name: None,
        params: &LIKE_PARAMS,
        doc: "An array of zeros with the shape and dtype of a.",
        examples: &[
            "np.zeros_like(np.array([1, 2, 3]))",
            "np.zeros_like([[1.5, 2]], dtype=int)",
        ],
        imp: n::zeros_like,
    },
    FnDef {
        name: "ones_like",
        owner: Owner::Numpy,
        error_name: None,
        params: &LIKE_PARAMS,
        doc: "An array of ones with the shape and dtype of a.",
        examples: &[
            "np.ones_like(np.array([1, 2, 3]))",
            "np.ones_like([[1.5, 2]])",
        ],
        imp: n::ones_like,
    },
    FnDef {
        name: "empty_like",
        owner: Owner::NumpyC,
        error_name: None,
        params: &LIKE_PARAMS,
        doc: "An uninitialised array with the shape and dtype of prototype (npcalc fills it with zeros), typically used as out= of a cumsum.",
        examples: &[
            "np.empty_like(np.array([1, 2, 3]), dtype=float)",
            "np.empty_like([[1, 2]])",
        ],
        imp: n::zeros_like,
    },
    FnDef {
        name: "full_like",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            param!("a", "The array whose shape and dtype to copy."),
            param!("fill_value", "The value of every element."),
            param!("dtype" = "None", "Override the dtype."),
            param!("order" = "'K'", "Memory layout; only C."),
            param!("subok" = "True", "Ignored."),
            param!("shape" = "None", "Override the shape."),
        ],
        doc: "An array with the shape and dtype of a, filled with fill_value.",
        examples: &[
            "np.full_like(np.array([1, 2, 3]), 7)",
            "np.full_like([1.0, 2.0], 0.5)",
        ],
        imp: n::full_like,
    },
    FnDef {
        name: "arange",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[
            param!(
                "start" = "None",
                "Start (or stop, when it is the only argument)."
            ),
            param!("stop" = "None", "End, excluded."),
            param!("step" = "None", "Spacing (default 1)."),
            param!(
                "dtype" = "None",
                "The dtype; default: inferred from the arguments."
            ),
        ],
        doc: "Evenly spaced values in [start, stop): the array version of range. Its length is ceil((stop - start) / step).",
        examples: &["np.arange(5)", "np.arange(0, 1, 0.25)"],
        imp: n::arange,
    },
    FnDef {
        name: "linspace",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            param!("start", "First value."),
            param!("stop", "Last value (included unless endpoint=False)."),
            param!("num" = "50", "Number of samples."),
            param!("endpoint" = "True", "Whether stop is the last sample."),
            param!("retstep" = "False", "Also return the spacing."),
            param!("dtype" = "None", "The dtype (default float64)."),
            param!("axis" = "0", "Only 0 is supported."),
            Param {
                name: "device",
                default: Some("None"),
                kind: ParamKind::KeywordOnly,
                help: "Only \"cpu\" (or None).",
            },
        ],
        doc: "num evenly spaced samples from start to stop.",
        examples: &[
            "np.linspace(0, 1, 5)",
            "np.linspace(0, 10, 4, endpoint=False)",
        ],
        imp: n::linspace,
    },
    FnDef {
        name: "reshape",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            posonly!("a", "The array."),
            param!("shape", "The new shape; one entry may be -1."),
            param!(
                "order" = "'C'",
                "'C' or 'F': the order elements are read and placed in."
            ),
            kwonly!("copy" = "None", "Copy or not."),
        ],
        doc: "The same data with a new shape (a view when possible).",
        examples: &[
            "np.reshape(np.arange(6), (2, 3))",
            "np.reshape(np.arange(6), (3, -1))",
        ],
        imp: n::np_reshape,
    },
    FnDef {
        name: "transpose",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            param!("a", "The array."),
            param!(
                "axes" = "None",
                "Permutation of the axes; default reverses them."
            ),
        ],
        doc: "A view with the axes permuted (reversed by default).",
        examples: &[
            "np.transpose(np.arange(6).reshape(2, 3))",
            "np.transpose(np.zeros((1, 2, 3)), (1, 0, 2)).shape",
        ],
        imp: n::np_transpose,
    },
    FnDef {
        name: "ravel",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            param!("a", "The array."),
            param!(
                "order" = "'C'",
                "The order elements are read in: 'C', 'F', 'A' or 'K' (memory order)."
            ),
        ],
        doc: "The array flattened to 1-D in C order (a view when possible).",
        examples: &[
            "np.ravel([[1, 2], [3, 4]])",
            "np.ravel(np.arange(6).reshape(2, 3).T)",
        ],
        imp: n::np_ravel,
    },
    FnDef {
        name: "diff",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            param!("a", "Input array."),
            param!("n" = "1", "How many times to difference."),
            param!(
                "axis" = "-1",
                "Axis along which to difference (default last)."
            ),
            param!(
                "prepend" = "<no value>",
                "Values to put before a along axis first."
            ),
            param!(
                "append" = "<no value>",
                "Values to put after a along axis first."
            ),
        ],
        doc: "The n-th discrete difference along an axis: out[i] = a[i+1] - a[i]. It undoes cumsum: np.diff(np.cumsum(a), prepend=0) == a.",
        examples: &[
            "np.diff([1, 3, 6, 10])",
            "np.diff(np.cumsum([1, 2, 3]), prepend=0)",
        ],
        imp: n::diff,
    },
    FnDef {
        name: "convolve",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            param!("a", "First 1-D input."),
            param!("v", "Second 1-D input."),
            param!(
                "mode" = "'full'",
                "'full' (every overlap), 'same' (length of the longer input) or 'valid' (full overlaps only)."
            ),
        ],
        doc: "Discrete linear convolution of two 1-D sequences: out[k] = sum of a[i] * v[k - i]. np.convolve(x, np.ones(w) / w, 'valid') is a moving average of width w. Float and complex results follow the BLAS dot of NumPy's wheel bit for bit.",
        examples: &[
            "np.convolve([1, 2, 3], [0, 1, 0.5])",
            "np.convolve([1, 2, 3, 4], np.ones(2) / 2, 'valid')",
        ],
        imp: n::convolve,
    },
    FnDef {
        name: "correlate",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            param!("a", "First 1-D input."),
            param!("v", "Second 1-D input (conjugated when complex)."),
            param!(
                "mode" = "'valid'",
                "'valid' (full overlaps only), 'same' or 'full'."
            ),
        ],
        doc: "Cross-correlation of two 1-D sequences: out[k] = sum of a[n + k] * conj(v[n]), the convolution with v reversed and conjugated.",
        examples: &[
            "np.correlate([1, 2, 3], [0, 1, 0.5])",
            "np.correlate([1, 2, 3], [0, 1, 0.5], 'full')",
        ],
        imp: n::correlate,
    },
    FnDef {
        name: "sum",
        owner: Owner::Numpy,
        error_name: None,
        params: &NP_REDUCE_PARAMS,
        doc: "Sum of the elements, over all axes or along one. The last element of a cumsum equals the sum (for integers; floats are summed pairwise by sum but sequentially by cumsum).",
        examples: &[
            "np.sum([[1, 2], [3, 4]])",
            "np.sum([[1, 2], [3, 4]], axis=0)",
        ],
        imp: n::sum,
    },
    FnDef {
        name: "prod",
        owner: Owner::Numpy,
        error_name: None,
        params: &NP_REDUCE_PARAMS,
        doc: "Product of the elements, over all axes or along one.",
        examples: &["np.prod([1, 2, 3, 4])", "np.prod([[1, 2], [3, 4]], axis=1)"],
        imp: n::prod,
    },
    FnDef {
        name: "min",
        owner: Owner::Numpy,
        error_name: None,
        params: &NP_MINMAX_PARAMS,
        doc: "Smallest element, over all axes or along one.",
        examples: &["np.min([3, 1, 2])", "np.min([[3, 1], [2, 4]], axis=0)"],
        imp: n::min,
    },
    FnDef {
        name: "max",
        owner: Owner::Numpy,
        error_name: None,
        params: &NP_MINMAX_PARAMS,
        doc: "Largest element, over all axes or along one.",
        examples: &["np.max([3, 1, 2])", "np.max([[3, 1], [2, 4]], axis=1)"],
        imp: n::max,
    },
    FnDef {
        name: "mean",
        owner: Owner::Numpy,
        error_name: None,
        params: &NP_REDUCE_PARAMS_NO_INITIAL,
        doc: "Arithmetic mean, over all axes or along one (integers are averaged in float64).",
        examples: &["np.mean([1, 2, 3, 4])", "np.mean([[1, 2], [3, 4]], axis=0)"],
        imp: n::mean,
    },
    FnDef {
        name: "array_equal",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            param!("a1", "First input."),
            param!("a2", "Second input."),
            param!("equal_nan" = "False", "Whether NaNs compare equal."),
        ],
        doc: "True if both inputs have the same shape and elements.",
        examples: &[
            "np.array_equal([1, 2], [1, 2])",
            "np.array_equal(np.cumsum([1, 1, 1]), [1, 2, 3])",
        ],
        imp: n::array_equal,
    },
    FnDef {
        name: "allclose",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            param!("a", "First input."),
            param!("b", "Second input."),
            param!("rtol" = "1e-05", "Relative tolerance."),
            param!("atol" = "1e-08", "Absolute tolerance."),
            param!("equal_nan" = "False", "Whether NaNs compare equal."),
        ],
        doc: "True if every pair of elements satisfies |a - b| <= atol + rtol * |b| (broadcasting).",
        examples: &[
            "np.allclose([1.0, 2.0], [1.0, 2.0 + 1e-9])",
            "np.allclose(np.cumsum(np.full(10, 0.1)), np.arange(1, 11) / 10)",
        ],
        imp: n::allclose,
    },
    FnDef {
        name: "set_printoptions",
        owner: Owner::Numpy,
        error_name: None,
        params: PRINT_OPTION_PARAMS,
        doc: "Set how arrays are printed from now on.",
        examples: &[
            "np.set_printoptions(precision=3)",
            "np.set_printoptions(threshold=5, edgeitems=2)",
        ],
        imp: n::set_printoptions,
    },
    FnDef {
        name: "get_printoptions",
        owner: Owner::Numpy,
        error_name: None,
        params: &[],
        doc: "The current print options, as a dict.",
        examples: &[
            "np.get_printoptions()['precision']",
            "np.get_printoptions()",
        ],
        imp: n::get_printoptions,
    },
    FnDef {
        name: "array2string",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            param!("a", "The array."),
            param!("max_line_width" = "None", "Override linewidth."),
            param!("precision" = "None", "Override precision."),
            param!("suppress_small" = "None", "Override suppress."),
            param!("separator" = "' '", "Between elements."),
            param!(
                "prefix" = "''",
                "Text the result will follow (for indentation)."
            ),
            param!("style" = "<no value>", "Unused."),
            param!(
                "formatter" = "None",
                "Override formatter (a dict of functions per dtype)."
            ),
            param!("threshold" = "None", "Override threshold."),
            param!("edgeitems" = "None", "Override edgeitems."),
            param!("sign" = "None", "Override sign."),
            param!("floatmode" = "None", "Override floatmode."),
            param!("suffix" = "''", "Text that will follow the result."),
        ],
        doc: "The text of an array as str() shows it, with options for this call only.",
        examples: &[
            "np.array2string(np.array([1.5, 2]), separator=', ')",
            "np.array2string(np.arange(3), prefix='x = ')",
        ],
        imp: n::array2string,
    },
    FnDef {
        name: "array_repr",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            param!("arr", "The array."),
            param!("max_line_width" = "None", "Override linewidth."),
            param!("precision" = "None", "Override precision."),
            param!("suppress_small" = "None", "Override suppress."),
        ],
        doc: "repr() of an array, with options for this call only.",
        examples: &[
            "np.array_repr(np.array([1.5, 2]))",
            "np.array_repr(np.arange(3), precision=2)",
        ],
        imp: n::array_repr,
    },
    FnDef {
        name: "array_str",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            param!("a", "The array."),
            param!("max_line_width" = "None", "Override linewidth."),
            param!("precision" = "None", "Override precision."),
            param!("suppress_small" = "None", "Override suppress."),
        ],
        doc: "str() of an array, with options for this call only.",
        examples: &[
            "np.array_str(np.array([1.5, 2]))",
            "np.array_str(np.arange(3))",
        ],
        imp: n::array_str,
    },
    FnDef {
        name: "shape",
        owner: Owner::Numpy,
        error_name: None,
        params: &[param!("a", "Input.")],
        doc: "The shape of an array (or of what np.array would make of the input).",
        examples: &["np.shape([[1, 2, 3]])", "np.shape(5)"],
        imp: n::np_shape,
    },
    FnDef {
        name: "ndim",
        owner: Owner::Numpy,
        error_name: None,
        params: &[param!("a", "Input.")],
        doc: "The number of dimensions.",
        examples: &["np.ndim([[1, 2, 3]])", "np.ndim(5)"],
        imp: n::np_ndim,
    },
    FnDef {
        name: "size",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            param!("a", "Input."),
            param!("axis" = "None", "Count along this axis only."),
        ],
        doc: "The number of elements.",
        examples: &["np.size([[1, 2, 3]])", "np.size(np.zeros((2, 3)), axis=0)"],
        imp: n::np_size,
    },
    FnDef {
        name: "copy",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            param!("a", "Input."),
            param!(
                "order" = "'K'",
                "Memory layout of the copy: 'C', 'F', 'A' or 'K' (as a)."
            ),
        ],
        doc: "A copy of the array (not a view).",
        examples: &["np.copy([1, 2, 3])", "np.copy(np.arange(3))"],
        imp: n::np_copy,
    },
    FnDef {
        name: "promote_types",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[param!("type1", "A dtype."), param!("type2", "A dtype.")],
        doc: "The smallest dtype both can be safely cast to.",
        examples: &[
            "np.promote_types(np.int8, np.uint8)",
            "np.promote_types('f4', 'i8')",
        ],
        imp: n::promote_types,
    },
    FnDef {
        name: "can_cast",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[
            param!("from_", "A dtype."),
            param!("to", "A dtype."),
            param!(
                "casting" = "'safe'",
                "'no', 'equiv', 'safe', 'same_kind' or 'unsafe'."
            ),
        ],
        doc: "Whether a cast between dtypes is allowed under a casting rule — the rule out= arguments are checked with ('same_kind').",
        examples: &[
            "np.can_cast(np.float64, np.int64, 'same_kind')",
            "np.can_cast(np.int8, np.int64)",
        ],
        imp: n::can_cast,
    },
];

static LIKE_PARAMS: [Param; 5] = [
    param!("a", "The array whose shape and dtype to copy."),
    param!("dtype" = "None", "Override the dtype."),
    param!("order" = "'K'", "Memory layout; only C."),
    param!("subok" = "True", "Ignored."),
    param!("shape" = "None", "Override the shape."),
];
static NP_REDUCE_PARAMS: [Param; 7] = [
    param!("a", "Input."),
    param!("axis" = "None", "Axis to reduce; None reduces all."),
    param!("dtype" = "None", "Accumulation dtype."),
    param!("out" = "None", "Array for the result."),
    param!(
        "keepdims" = "<no value>",
        "Keep reduced axes with length one."
    ),
    param!("initial" = "<no value>", "Starting value."),
    param!(
        "where" = "<no value>",
        "Which elements to include (a bool mask broadcast to the input)."
    ),
];
static NP_REDUCE_PARAMS_NO_INITIAL: [Param; 6] = [
    param!("a", "Input."),
    param!("axis" = "None", "Axis to reduce; None reduces all."),
    param!("dtype" = "None", "Accumulation dtype."),
    param!("out" = "None", "Array for the result."),
    param!(
        "keepdims" = "<no value>",
        "Keep reduced axes with length one."
    ),
    kwonly!(
        "where" = "<no value>",
        "Which elements to include (a bool mask broadcast to the input)."
    ),
];
pub(super) static NP_MINMAX_PARAMS: [Param; 6] = [
    param!("a", "Input."),
    param!("axis" = "None", "Axis to reduce; None reduces all."),
    param!("out" = "None", "Array for the result."),
    param!(
        "keepdims" = "<no value>",
        "Keep reduced axes with length one."
    ),
    param!("initial" = "<no value>", "Starting value."),
    param!(
        "where" = "<no value>",
        "Which elements to include (a bool mask broadcast to the input)."
    ),
];

pub static METHODS: &[FnDef] = &[
    cumulative!(
        "cumsum",
        Owner::Method,
        n::m_cumsum,
        "Cumulative sum of the array's elements; the same as np.cumsum(a, axis, dtype, out).",
        [
            "np.array([[1, 2, 3], [4, 5, 6]]).cumsum()",
            "np.array([[1, 2, 3], [4, 5, 6]]).cumsum(axis=1)"
        ]
    ),
    cumulative!(
        "cumprod",
        Owner::Method,
        n::m_cumprod,
        "Cumulative product of the array's elements; the same as np.cumprod(a, axis, dtype, out).",
        [
            "np.array([1, 2, 3, 4]).cumprod()",
            "np.array([[1, 2], [3, 4]]).cumprod(axis=0)"
        ]
    ),
    FnDef {
        name: "sum",
        owner: Owner::MethodPy,
        error_name: Some("_sum"),
        params: &METHOD_REDUCE_PARAMS,
        doc: "Sum of the elements; see np.sum.",
        examples: &[
            "np.arange(4).sum()",
            "np.arange(6).reshape(2, 3).sum(axis=0)",
        ],
        imp: n::m_sum,
    },
    FnDef {
        name: "prod",
        owner: Owner::MethodPy,
        error_name: Some("_prod"),
        params: &METHOD_REDUCE_PARAMS,
        doc: "Product of the elements; see np.prod.",
        examples: &[
            "np.arange(1, 5).prod()",
            "np.arange(1, 7).reshape(2, 3).prod(axis=1)",
        ],
        imp: n::m_prod,
    },
    FnDef {
        name: "min",
        owner: Owner::MethodPy,
        error_name: Some("_amin"),
        params: &METHOD_MINMAX_PARAMS,
        doc: "Smallest element; see np.min.",
        examples: &[
            "np.array([3, 1, 2]).min()",
            "np.array([[3, 1], [2, 4]]).min(axis=0)",
        ],
        imp: n::m_min,
    },
    FnDef {
        name: "max",
        owner: Owner::MethodPy,
        error_name: Some("_amax"),
        params: &METHOD_MINMAX_PARAMS,
        doc: "Largest element; see np.max.",
        examples: &[
            "np.array([3, 1, 2]).max()",
            "np.array([[3, 1], [2, 4]]).max(axis=1)",
        ],
        imp: n::m_max,
    },
    FnDef {
        name: "mean",
        owner: Owner::MethodPy,
        error_name: Some("_mean"),
        params: &METHOD_MEAN_PARAMS,
        doc: "Arithmetic mean; see np.mean.",
        examples: &[
            "np.arange(4).mean()",
            "np.arange(6).reshape(2, 3).mean(axis=0)",
        ],
        imp: n::m_mean,
    },
    FnDef {
        name: "reshape",
        owner: Owner::Method,
        error_name: None,
        params: &[
            varargs!(
                "shape",
                "The new shape, as ints or one tuple; one entry may be -1."
            ),
            kwonly!(
                "order" = "'C'",
                "'C' or 'F': the order elements are read and placed in."
            ),
        ],
        doc: "The same data with a new shape (a view when possible).",
        examples: &[
            "np.arange(6).reshape(2, 3)",
            "np.arange(6).reshape(-1, 2)",
            "np.arange(6).reshape(2, 3, order='F')",
        ],
        imp: n::m_reshape,
    },
    FnDef {
        name: "astype",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[
            param!("dtype", "The new dtype."),
            param!(
                "order" = "'K'",
                "Memory layout of the result: 'C', 'F', 'A' or 'K' (as the array)."
            ),
            param!("casting" = "'unsafe'", "Casting rule."),
            param!("subok" = "True", "Ignored."),
            param!("copy" = "True", "Copy even when the dtype is the same."),
        ],
        doc: "A copy cast to another dtype (floats are truncated towards zero when cast to ints).",
        examples: &[
            "np.array([1.7, -1.7]).astype(int)",
            "np.arange(3).astype(np.float32)",
        ],
        imp: n::m_astype,
    },
    FnDef {
        name: "copy",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[param!(
            "order" = "'C'",
            "Memory layout of the copy: 'C', 'F', 'A' or 'K'."
        )],
        doc: "A copy of the array.",
        examples: &["np.arange(3).copy()", "np.arange(6).reshape(2, 3).T.copy()"],
        imp: n::m_copy,
    },
    FnDef {
        name: "fill",
        owner: Owner::Method,
        error_name: None,
        params: &[posonly!("value", "The value for every element.")],
        doc: "Set every element to value, in place.",
        examples: &[
            "a = np.zeros(3); a.fill(7); a",
            "a = np.arange(3); a.fill(2.9); a",
        ],
        imp: n::m_fill,
    },
    FnDef {
        name: "ravel",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[param!(
            "order" = "'C'",
            "The order elements are read in: 'C', 'F', 'A' or 'K'."
        )],
        doc: "The elements as a 1-D array in C order (a view when possible).",
        examples: &[
            "np.arange(6).reshape(2, 3).ravel()",
            "np.arange(6).reshape(2, 3).T.ravel()",
        ],
        imp: n::m_ravel,
    },
    FnDef {
        name: "flatten",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[param!(
            "order" = "'C'",
            "The order elements are read in: 'C', 'F', 'A' or 'K'."
        )],
        doc: "A 1-D copy of the elements in C order.",
        examples: &[
            "np.arange(6).reshape(2, 3).flatten()",
            "np.arange(6).reshape(2, 3).T.flatten()",
        ],
        imp: n::m_flatten,
    },
    FnDef {
        name: "transpose",
        owner: Owner::Method,
        error_name: None,
        params: &[varargs!(
            "axes",
            "Permutation of the axes; default reverses them."
        )],
        doc: "A view with the axes permuted (reversed by default); a.T is a.transpose().",
        examples: &[
            "np.arange(6).reshape(2, 3).transpose()",
            "np.zeros((1, 2, 3)).transpose(1, 0, 2).shape",
        ],
        imp: n::m_transpose,
    },
    FnDef {
        name: "tolist",
        owner: Owner::Method,
        error_name: None,
        params: &[],
        doc: "The elements as nested Python lists of Python ints, floats, complex or bools.",
        examples: &["np.arange(3).tolist()", "np.array([[1.5, 2]]).tolist()"],
        imp: n::m_tolist,
    },
    FnDef {
        name: "item",
        owner: Owner::Method,
        error_name: None,
        params: &[varargs!(
            "args",
            "A flat index or one index per axis; none for a one-element array."
        )],
        doc: "One element as a Python scalar.",
        examples: &[
            "np.array([[1, 2], [3, 4]]).item(3)",
            "np.array([[1, 2], [3, 4]]).item(0, 1)",
        ],
        imp: n::m_item,
    },
    FnDef {
        name: "repeat",
        owner: Owner::Method,
        error_name: None,
        params: &[
            param!("repeats", "Count for every element, or one for all."),
            param!("axis" = "None", "The axis; None flattens first."),
        ],
        doc: "Repeat each element; see np.repeat.",
        examples: &["np.arange(3).repeat(2)"],
        imp: super::shaping::m_repeat,
    },
    FnDef {
        name: "squeeze",
        owner: Owner::MethodNpy,
        error_name: None,
        params: &[param!(
            "axis" = "None",
            "Length-one axes to remove; None removes all."
        )],
        doc: "Remove axes of length one (a view); see np.squeeze.",
        examples: &["np.zeros((1, 3)).squeeze()"],
        imp: super::shaping::m_squeeze,
    },
    FnDef {
        name: "swapaxes",
        owner: Owner::Method,
        error_name: None,
        params: &[
            posonly!("axis1", "First axis."),
            posonly!("axis2", "Second axis."),
        ],
        doc: "Interchange two axes (a view); see np.swapaxes.",
        examples: &["np.arange(6).reshape(2, 3).swapaxes(0, 1)"],
        imp: super::shaping::m_swapaxes,
    },
];

static METHOD_REDUCE_PARAMS: [Param; 6] = [
    param!("axis" = "None", "Axis to reduce; None reduces all."),
    param!("dtype" = "None", "Accumulation dtype."),
    param!("out" = "None", "Array for the result."),
    param!("keepdims" = "False", "Keep reduced axes with length one."),
    param!("initial" = "<no value>", "Starting value."),
    param!(
        "where" = "True",
        "Which elements to include (a bool mask broadcast to the input)."
    ),
];
static METHOD_MINMAX_PARAMS: [Param; 5] = [
    param!("axis" = "None", "Axis to reduce; None reduces all."),
    param!("out" = "None", "Array for the result."),
    param!("keepdims" = "False", "Keep reduced axes with length one."),
    param!("initial" = "<no value>", "Starting value."),
    param!(
        "where" = "True",
        "Which elements to include (a bool mask broadcast to the input)."
    ),
];
static METHOD_MEAN_PARAMS: [Param; 5] = [
    param!("axis" = "None", "Axis to reduce; None reduces all."),
    param!("dtype" = "None", "Accumulation dtype."),
    param!("out" = "None", "Array for the result."),
    param!("keepdims" = "False", "Keep reduced axes with length one."),
    kwonly!(
        "where" = "True",
        "Which elements to include (a bool mask broadcast to the input)."
    ),
];

pub static UFUNC_METHODS: &[FnDef] = &[
    FnDef {
        name: "accumulate",
        owner: Owner::Ufunc,
        error_name: None,
        params: &ACCUMULATE_PARAMS,
        doc: "Apply the ufunc cumulatively: np.add.accumulate(a) is a cumsum along axis 0 by default (cumsum flattens by default), np.multiply.accumulate a cumprod and np.maximum.accumulate the running maximum.",
        examples: &[
            "np.add.accumulate([1, 2, 3])",
            "np.multiply.accumulate(np.array([1, 2, 3], dtype=np.int8))",
        ],
        imp: n::accumulate,
    },
    FnDef {
        name: "reduce",
        owner: Owner::Ufunc,
        error_name: None,
        params: &[
            param!("array", "Input array."),
            param!(
                "axis" = "0",
                "Axis to reduce along (default 0, unlike sum's None)."
            ),
            param!("dtype" = "None", "Accumulation dtype."),
            param!(
                "out" = "None",
                "Array for the result (ufuncs other than add, multiply, maximum, minimum; the result's shape and dtype)."
            ),
            param!(
                "keepdims" = "False",
                "Keep the reduced axis with length one."
            ),
            param!("initial" = "<no value>", "Starting value."),
            param!(
                "where" = "True",
                "Which elements to include (a bool mask broadcast to the input)."
            ),
        ],
        doc: "Reduce along an axis by applying the ufunc repeatedly: np.add.reduce is sum along axis 0, np.maximum.reduce is max.",
        examples: &[
            "np.add.reduce([[1, 2], [3, 4]])",
            "np.maximum.reduce([3, 1, 4], axis=None)",
        ],
        imp: n::ufunc_reduce,
    },
    FnDef {
        name: "outer",
        owner: Owner::Ufunc,
        error_name: None,
        params: &[
            param!("A", "First input; its axes come first."),
            param!("B" = "None", "Second input; its axes come last."),
            kwonly!("out" = "None", "Array to write the result into."),
            kwonly!(
                "dtype" = "None",
                "Loop dtype; the inputs are cast to it (same_kind)."
            ),
            kwonly!("where" = "True", "Not supported by npcalc."),
            kwonly!("casting" = "'same_kind'", "Not supported by npcalc."),
        ],
        doc: "Apply the ufunc to every pair (a, b) of elements of A and B: the result has shape A.shape + B.shape, so np.multiply.outer(a, b) is a multiplication table and np.maximum.outer a table of pairwise maxima.",
        examples: &[
            "np.multiply.outer([1, 2, 3], [1, 10])",
            "np.greater_equal.outer([1, 2, 3], [2])",
        ],
        imp: um::outer,
    },
    FnDef {
        name: "at",
        owner: Owner::Ufunc,
        error_name: None,
        params: &[
            param!("a", "The array to change in place."),
            param!(
                "indices",
                "Which elements: integers, lists, slices, boolean masks."
            ),
            param!(
                "b" = "None",
                "Second operand of a two-input ufunc (broadcast to the selection)."
            ),
        ],
        doc: "Apply the ufunc in place, unbuffered, at the selected elements: a repeated index applies it again, so np.add.at(counts, data, 1) counts occurrences (counts[data] += 1 would count each index once). Returns None.",
        examples: &[
            "a = np.zeros(3, dtype=int); np.add.at(a, [0, 0, 2], 1); a",
            "a = np.array([1., -2., 3.]); np.negative.at(a, [0, 1]); a",
        ],
        imp: um::at,
    },
    FnDef {
        name: "reduceat",
        owner: Owner::Ufunc,
        error_name: None,
        params: &[
            param!("array", "Input array."),
            param!("indices", "Start of each slice along the axis."),
            param!("axis" = "0", "Axis to reduce along."),
            param!(
                "dtype" = "None",
                "Loop dtype; by default as reduce picks it (add and multiply promote small integers and bools to int64)."
            ),
            param!(
                "out" = "None",
                "Array for the result (same_kind cast, the result's shape)."
            ),
        ],
        doc: "Reduce the slices array[indices[i]:indices[i+1]] along an axis (the last slice runs to the end); where indices[i] >= indices[i+1] the result is array[indices[i]]. np.add.reduceat gives segment sums.",
        examples: &[
            "np.add.reduceat(np.arange(8), [0, 4, 1, 5])",
            "np.maximum.reduceat([3, 1, 4, 1, 5], [0, 2])",
        ],
        imp: um::reduceat,
    },
];

/// Calling a two-input ufunc: `np.maximum(a, b)`.
pub static UFUNC_CALL: FnDef = FnDef {
    name: "__call__",
    owner: Owner::Ufunc,
    error_name: None,
    params: &[
        posonly!("x1", "First input."),
        posonly!("x2", "Second input, broadcast against the first."),
        param!(
            "out" = "None",
            "Array for the result (cast under casting=)."
        ),
        kwonly!(
            "where" = "True",
            "Where False, out keeps its value (without out=, npcalc writes zeros there)."
        ),
        kwonly!(
            "casting" = "'same_kind'",
            "Casting rule for the inputs and out."
        ),
        kwonly!("dtype" = "None", "Loop dtype (the output's dtype)."),
    ],
    doc: "Apply the ufunc element by element, with broadcasting and NumPy's type promotion: np.maximum(a, b) is the larger of each pair.",
    examples: &["np.maximum([1, 5, 2], 3)", "np.add([1, 2], [[10], [20]])"],
    imp: n::call_ufunc,
};

/// Calling a one-input ufunc (`np.floor(a)`).
pub static UFUNC_CALL_UNARY: FnDef = FnDef {
    name: "__call__",
    owner: Owner::Ufunc,
    error_name: None,
    params: &[
        posonly!("x", "Input."),
        param!(
            "out" = "None",
            "Array for the result (cast with casting='same_kind')."
        ),
        kwonly!(
            "where" = "True",
            "Where False, out keeps its value (without out=, npcalc writes zeros there)."
        ),
        kwonly!(
            "casting" = "'same_kind'",
            "Casting rule for the input and out."
        ),
        kwonly!("dtype" = "None", "Loop dtype (the output's dtype)."),
    ],
    doc: "Apply the ufunc element by element: np.floor(a) rounds each element down, in the loop dtype NumPy picks for a's dtype.",
    examples: &[
        "np.floor([-1.5, 0.5, 2.0])",
        "np.sign(np.diff([3, 5, 4, 4]))",
    ],
    imp: n::call_ufunc_unary,
};

pub static BUILTINS: &[FnDef] = &[
    FnDef {
        name: "print",
        owner: Owner::Builtin,
        error_name: None,
        params: &[
            varargs!("args", "Values to print, each as str() shows it."),
            kwonly!("sep" = "' '", "Text between values."),
            kwonly!("end" = "'\\n'", "Text after the last value."),
            kwonly!(
                "file" = "None",
                "sys.stdout (None means it too) or sys.stderr."
            ),
            kwonly!("flush" = "False", "Ignored."),
        ],
        doc: "Print the values, separated by sep and followed by end.",
        examples: &[
            "print('total:', np.cumsum([1, 2, 3])[-1])",
            "print(1, 2, sep=', ')",
        ],
        imp: b::print,
    },
    FnDef {
        name: "input",
        owner: Owner::Builtin,
        error_name: None,
        params: &[posonly!(
            "prompt" = "''",
            "Text written before the line is read."
        )],
        doc: "Read one line of standard input, without its line end (EOFError at its end).",
        examples: &["input('n? ')"],
        imp: b::input,
    },
    FnDef {
        name: "repr",
        owner: Owner::Builtin,
        error_name: None,
        params: &[posonly!("obj", "Any value.")],
        doc: "The text that the prompt shows for a value.",
        examples: &["repr(np.float64(0.5))", "repr(np.arange(3))"],
        imp: b::repr,
    },
    FnDef {
        name: "str",
        owner: Owner::Builtin,
        error_name: None,
        params: &[param!("object" = "''", "Any value.")],
        doc: "The text print() shows for a value.",
        examples: &["str(np.float64(0.5))", "str(np.arange(3))"],
        imp: b::str,
    },
    FnDef {
        name: "format",
        owner: Owner::Builtin,
        error_name: None,
        params: &[
            posonly!("value", "Any value."),
            posonly!(
                "format_spec" = "''",
                "A format spec such as '>10', '.3f' or ',d'."
            ),
        ],
        doc: "The value formatted by its type's format-spec mini-language.",
        examples: &["format(np.pi, '.3f')", "format(1234567, ',')"],
        imp: super::format::builtin_format,
    },
    FnDef {
        name: "len",
        owner: Owner::Builtin,
        error_name: None,
        params: &[posonly!("obj", "A sequence or array.")],
        doc: "The number of items (for an array: the length of its first axis).",
        examples: &["len([1, 2, 3])", "len(np.zeros((4, 2)))"],
        imp: b::len,
    },
    FnDef {
        name: "type",
        owner: Owner::Builtin,
        error_name: None,
        params: &[posonly!("object", "Any value.")],
        doc: "The class of a value.",
        examples: &["type(np.arange(3))", "type(np.arange(3)[0])"],
        imp: b::type_,
    },
    FnDef {
        name: "int",
        owner: Owner::Builtin,
        error_name: None,
        params: &[
            posonly!("x" = "0", "A number or string."),
            param!(
                "base" = "10",
                "Base of the digits when x is a string (0: from its prefix)."
            ),
        ],
        doc: "A Python int (floats are truncated).",
        examples: &["int(2.7)", "int(np.int8(5))", "int('ff', 16)"],
        imp: b::int,
    },
    FnDef {
        name: "float",
        owner: Owner::Builtin,
        error_name: None,
        params: &[posonly!("x" = "0.0", "A number or string.")],
        doc: "A Python float.",
        examples: &["float(3)", "float('inf')"],
        imp: b::float,
    },
    FnDef {
        name: "complex",
        owner: Owner::Builtin,
        error_name: None,
        params: &[
            param!("real" = "0", "Real part."),
            param!("imag" = "0", "Imaginary part."),
        ],
        doc: "A Python complex number.",
        examples: &["complex(1, 2)", "complex(3)"],
        imp: b::complex,
    },
    FnDef {
        name: "bool",
        owner: Owner::Builtin,
        error_name: None,
        params: &[posonly!("x" = "False", "Any value.")],
        doc: "Truth value of x.",
        examples: &["bool(0)", "bool([1])"],
        imp: b::bool_,
    },
    FnDef {
        name: "abs",
        owner: Owner::Builtin,
        error_name: None,
        params: &[posonly!("x", "A number or array.")],
        doc: "Absolute value.",
        examples: &["abs(-3)", "abs(np.array([-1, 2]))"],
        imp: b::abs,
    },
    FnDef {
        name: "bin",
        owner: Owner::Builtin,
        error_name: None,
        params: &[posonly!("x", "An integer.")],
        doc: "The integer in binary, prefixed '0b'.",
        examples: &["bin(10)", "bin(-5)"],
        imp: b::bin,
    },
    FnDef {
        name: "oct",
        owner: Owner::Builtin,
        error_name: None,
        params: &[posonly!("x", "An integer.")],
        doc: "The integer in octal, prefixed '0o'.",
        examples: &["oct(8)", "oct(-64)"],
        imp: b::oct,
    },
    FnDef {
        name: "chr",
        owner: Owner::Builtin,
        error_name: None,
        params: &[posonly!("i", "A code point, 0 to 0x10FFFF.")],
        doc: "The one-character string of that Unicode code point.",
        examples: &["chr(65)", "chr(0x263A)"],
        imp: b::chr,
    },
    FnDef {
        name: "ord",
        owner: Owner::Builtin,
        error_name: None,
        params: &[posonly!("c", "A one-character string.")],
        doc: "The Unicode code point of a one-character string.",
        examples: &["ord('A')", "ord(np.str_('z'))"],
        imp: b::ord,
    },
    FnDef {
        name: "hex",
        owner: Owner::Builtin,
        error_name: None,
        params: &[posonly!("x", "An integer.")],
        doc: "The integer in hexadecimal, prefixed '0x'.",
        examples: &["hex(255)", "hex(np.uint8(200))"],
        imp: b::hex,
    },
    FnDef {
        name: "round",
        owner: Owner::Builtin,
        error_name: None,
        params: &[
            param!("number", "A number."),
            param!("ndigits" = "None", "Digits after the point."),
        ],
        doc: "Round half to even.",
        examples: &["round(2.5)", "round(3.14159, 2)"],
        imp: b::round,
    },
    FnDef {
        name: "list",
        owner: Owner::Builtin,
        error_name: None,
        params: &[posonly!("iterable" = "()", "Items.")],
        doc: "A Python list of the items.",
        examples: &["list(range(3))", "list(np.arange(3))"],
        imp: b::list,
    },
    FnDef {
        name: "tuple",
        owner: Owner::Builtin,
        error_name: None,
        params: &[posonly!("iterable" = "()", "Items.")],
        doc: "A Python tuple of the items.",
        examples: &["tuple([1, 2])", "tuple(np.zeros((2, 3)).shape)"],
        imp: b::tuple,
    },
    FnDef {
        name: "dict",
        owner: Owner::Builtin,
        error_name: None,
        params: &[
            posonly!(
                "iterable" = "()",
                "A dict or an iterable of (key, value) pairs."
            ),
            Param {
                name: "kwargs",
                default: None,
                kind: ParamKind::VarKeyword,
                help: "More keys and values.",
            },
        ],
        doc: "A Python dict of the pairs, then of the keyword arguments.",
        examples: &["dict(zip(['a', 'b'], [1, 2]))", "dict(total=0)"],
        imp: super::dict::new,
    },
    FnDef {
        name: "range",
        owner: Owner::Builtin,
        error_name: None,
        params: &[
            posonly!("start", "Start, or stop when alone."),
            posonly!("stop" = "None", "End, excluded."),
            posonly!("step" = "1", "Spacing."),
        ],
        doc: "The integers from start up to (not including) stop.",
        examples: &["list(range(5))", "np.array(range(0, 10, 3))"],
        imp: b::range,
    },
    FnDef {
        name: "slice",
        owner: Owner::Builtin,
        error_name: None,
        params: &[
            posonly!("start", "Start, or stop when alone."),
            posonly!("stop" = "None", "End, excluded."),
            posonly!("step" = "None", "Spacing."),
        ],
        doc: "The object a[start:stop:step] indexes with.",
        examples: &["np.arange(10)[slice(2, 8, 3)]", "slice(3).indices(10)"],
        imp: super::pyslice::new,
    },
    FnDef {
        name: "help",
        owner: Owner::Builtin,
        error_name: None,
        params: &[posonly!(
            "request" = "None",
            "A function or method, e.g. np.cumsum."
        )],
        doc: "Explain a function: signature, meaning, parameters and examples; help() alone gives a short guide.",
        examples: &["help(np.cumsum)", "help()"],
        imp: b::help,
    },
    FnDef {
        name: "exit",
        owner: Owner::Builtin,
        error_name: None,
        params: &[posonly!("code" = "None", "Exit status.")],
        doc: "Leave npcalc.",
        examples: &["exit()", "exit(1)"],
        imp: b::exit,
    },
    FnDef {
        name: "quit",
        owner: Owner::Builtin,
        error_name: None,
        params: &[posonly!("code" = "None", "Exit status.")],
        doc: "Leave npcalc.",
        examples: &["quit()", "quit(0)"],
        imp: b::exit,
    },
];

/// Other names NumPy binds to the same function objects (`np.concat is
/// np.concatenate`): the Array API spellings NumPy 2 added.
const NUMPY_ALIASES: &[(&str, &str)] = &[("concat", "concatenate"), ("permute_dims", "transpose")];

/// The function `np.<name>` is, under its own name or an alias.
pub fn numpy_function(name: &str) -> Option<&'static FnDef> {
    let name = NUMPY_ALIASES
        .iter()
        .find(|(alias, _)| *alias == name)
        .map_or(name, |(_, target)| target);
    numpy_functions().find(|f| f.name == name)
}

/// Every name `np.` offers a function under, for completion and `help(np)`.
pub fn numpy_function_names() -> impl Iterator<Item = &'static str> {
    numpy_functions()
        .map(|f| f.name)
        .chain(NUMPY_ALIASES.iter().map(|(alias, _)| *alias))
}

/// Every callable, for help and completion.
/// Every `np.<name>` function: the per-family tables joined.
pub fn numpy_functions() -> impl Iterator<Item = &'static FnDef> + Clone {
    NUMPY
        .iter()
        .chain(super::selection::SELECTION)
        .chain(super::indexing::INDEXING)
        .chain(super::nditer::NDITER)
        .chain(super::arrange::ARRANGE)
        .chain(super::joining::JOINING)
        .chain(super::shaping::SHAPING)
        .chain(super::building::BUILDING)
        .chain(super::statistics::STATISTICS)
        .chain(super::stats2::STATISTICS2)
        .chain(super::gradient::CALCULUS)
        .chain(super::context::CONTEXT)
        .chain(super::apply::APPLY)
        .chain(super::polynomial::POLYNOMIAL)
        .chain(super::polynomial::CLASS)
        .chain(super::linalg::COVARIANCE)
        .chain(super::complexparts::COMPLEX_PARTS)
        .chain(super::ufunclike::UFUNCLIKE)
        .chain(super::windows::WINDOWS)
        .chain(super::funcbase::FUNCBASE)
        .chain(super::arrayapi::ARRAY_API)
        .chain(super::typeclass::TYPECLASS)
        .chain(super::floatfmt::FLOAT_FORMAT)
        .chain(super::radix::RADIX)
        .chain(super::savetxt::SAVETXT)
        .chain(super::loadtxt::LOADTXT)
        .chain(super::genfromtxt::GENFROMTXT)
        .chain(super::dtypeinfo::DTYPEINFO)
        .chain(super::memory::MEMORY)
        .chain(super::objarray::FROMPYFUNC)
        .chain(super::datetime64::DATETIME)
        .chain(super::busday::BUSDAY)
}

/// Every ndarray method: the METHODS table and the per-family method tables.
pub fn array_methods() -> impl Iterator<Item = &'static FnDef> + Clone {
    METHODS
        .iter()
        .chain(super::statistics::STATISTICS_METHODS)
        .chain(super::selection::SELECTION_METHODS)
        .chain(super::indexing::INDEXING_METHODS)
        .chain(super::stats2::STATISTICS2_METHODS)
        .chain(super::memory::MEMORY_METHODS)
}

pub fn all() -> impl Iterator<Item = &'static FnDef> {
    numpy_functions()
        .chain(super::dtypeinfo::CLASSES)
        .chain(array_methods())
        .chain(UFUNC_METHODS)
        .chain([&UFUNC_CALL, &UFUNC_CALL_UNARY])
        .chain(BUILTINS)
        .chain(super::iterfns::ITER_BUILTINS)
        .chain(super::math::MATH)
        .chain(super::functional::ITERTOOLS)
        .chain(super::functional::OPERATOR)
        .chain(super::functional::FUNCTOOLS)
        .chain(super::warnings::WARNINGS)
        .chain(super::stride_tricks::STRIDE_TRICKS)
        .chain(super::linalg::LINALG)
        .chain(super::testing::TESTING)
        .chain(super::pyrandom::METHODS)
        .chain([&super::pyrandom::RANDOM_CLASS])
        .chain(super::pytime::TIME)
        .chain(super::pytime::TIMEIT)
        .chain(super::pymethods::STR_METHODS)
        .chain(super::pymethods::LIST_METHODS)
        .chain(super::dict::DICT_METHODS)
        .chain(super::pyset::SET_BUILTINS)
        .chain(super::pyset::SET_ONLY_METHODS)
        .chain(super::pyset::FROZENSET_METHODS)
        .chain(super::numbers::INT_METHODS)
        .chain(super::numbers::FLOAT_METHODS)
        .chain(super::numbers::COMPLEX_METHODS)
}

/// The module or class CPython names a C function by in the errors of its
/// calling convention (`_PyObject_FunctionStr`: "math.ceil() takes exactly
/// one argument"); None for the builtins module, which it leaves out. A
/// frozenset method reached from a set (`this`) is named by `set`.
pub fn qualifier(f: &FnDef, this: Option<&super::Value>) -> Option<&'static str> {
    // `np.float64.mro`: a method of the class itself, named by the class.
    if std::ptr::eq(f, &super::dtypeinfo::MRO) {
        return match this {
            Some(super::Value::Type(super::value::TypeObj::Scalar(d))) => Some(d.name()),
            Some(super::Value::Type(super::value::TypeObj::Abstract(a))) => Some(a.name()),
            _ => None,
        };
    }
    let families: [(&[FnDef], &str); 13] = [
        (super::pymethods::STR_METHODS, "str"),
        (super::pymethods::LIST_METHODS, "list"),
        (super::dict::DICT_METHODS, "dict"),
        (super::pyset::SET_ONLY_METHODS, "set"),
        (super::pyset::FROZENSET_METHODS, "frozenset"),
        (super::numbers::INT_METHODS, "int"),
        (super::numbers::FLOAT_METHODS, "float"),
        (super::numbers::COMPLEX_METHODS, "complex"),
        (super::math::MATH, "math"),
        (super::functional::OPERATOR, "_operator"),
        (super::functional::ITERTOOLS, "itertools"),
        (super::pytime::TIME, "time"),
        (super::collections::DEQUE_METHODS, "collections.deque"),
    ];
    families
        .iter()
        .find(|(table, _)| table.as_ptr_range().contains(&std::ptr::from_ref(f)))
        .map(|(_, q)| match (*q, this) {
            ("frozenset", Some(super::Value::Set(s))) if !s.borrow().frozen => "set",
            (q, _) => q,
        })
}
