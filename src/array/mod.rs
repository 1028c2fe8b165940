//! Arrays: dtypes, a shared buffer with strided views, casting and the kernels.
//!
//! We keep our own buffer-and-strides type rather than building on the
//! `ndarray` crate: NumPy's semantics need views that alias a base through
//! `Rc` sharing (slices, `.T`, `out=` writing into the caller's array), a
//! dtype chosen at run time among 14, and an offset/stride model identical to
//! NumPy's so indexing and printing follow NumPy's rules one to one.

pub mod accumulate;
pub mod blas;
pub mod blas_core;
pub mod build;
pub mod busday;
pub mod cast;
pub mod construct;
pub mod convolve;
pub mod datetime;
mod dtype;
mod element;
pub mod fancy;
pub mod gather;
pub mod index;
pub mod layout;
pub mod libm;
mod minmax;
pub mod numeric;
#[cfg(test)]
mod oracle_bits;
pub mod promote;
pub mod reduce;
mod scalar;
mod scan;
pub mod select;
pub mod sets;
pub mod shape;
pub mod signals;
mod simd_argsort;
mod simd_sincos;
mod simd_tanh;
pub mod sort;
pub mod stats;
mod storage;
mod svml;
mod transc;
pub mod ufunc;
pub mod ufunc_at;
pub mod ufuncs;
pub mod unary;

pub use accumulate::{AccumFunc, AxisArg, accumulate, default_accum_dtype};
pub use cast::{Castable, Casting, can_cast, cast_array, cast_scalar, copy_into, parse_dtype_str};
pub use dtype::{Abstract, DType, Element, FloatParams, Kind};
pub use scalar::Scalar;
pub use storage::{
    Array, Buffer, MAXDIMS, Stored, alloc_vec, c_strides, compact_shape_repr, memory_error,
    memory_error_named, shape_repr, shape_size, too_many_dims,
};
pub use ufuncs::{Identity, Ufunc, UfuncDef};
