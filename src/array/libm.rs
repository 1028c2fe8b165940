//! C library functions that Rust's std computes its own way (`asinh`…) or
//! lacks (`erf`), called directly so results are the C library's bits, as
//! CPython's `math` and NumPy's generic loops get them: glibc's natively,
//! compiler-builtins' port of musl's on wasm32 where it has them.

unsafe extern "C" {
    pub safe fn erf(x: f64) -> f64;
    pub safe fn erfc(x: f64) -> f64;
}

#[cfg(not(target_arch = "wasm32"))]
unsafe extern "C" {
    pub safe fn asinh(x: f64) -> f64;
    pub safe fn acosh(x: f64) -> f64;
    pub safe fn atanh(x: f64) -> f64;
    pub safe fn asinhf(x: f32) -> f32;
    pub safe fn acoshf(x: f32) -> f32;
    pub safe fn atanhf(x: f32) -> f32;
}

// compiler-builtins has no inverse hyperbolics for wasm32: std's own.
#[cfg(target_arch = "wasm32")]
mod wasm {
    pub fn asinh(x: f64) -> f64 {
        x.asinh()
    }
    pub fn acosh(x: f64) -> f64 {
        x.acosh()
    }
    pub fn atanh(x: f64) -> f64 {
        x.atanh()
    }
    pub fn asinhf(x: f32) -> f32 {
        x.asinh()
    }
    pub fn acoshf(x: f32) -> f32 {
        x.acosh()
    }
    pub fn atanhf(x: f32) -> f32 {
        x.atanh()
    }
}
#[cfg(target_arch = "wasm32")]
pub use wasm::*;
