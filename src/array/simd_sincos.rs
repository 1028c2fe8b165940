//! NumPy's own SIMD float32 `sin` and `cos` (`simd_sincos_f32` in
//! `loops_trigonometric.dispatch.cpp`), which NumPy 2.4.6 runs on every CPU
//! with FMA3 for any stride, overlapping arrays (one element at a time),
//! 0-d arrays and scalars. One lane of it: Cody–Waite reduction by π/2 in
//! three fused steps, a sine or cosine polynomial on [-π/4, π/4] picked and
//! negated by the quadrant; beyond the range where the reduction is
//! accurate (and for infinities) it calls the C library's `sinf`/`cosf`.

/// `simd_sincos_f32` for one element: `cos` picks cosine, else sine.
fn sincos(x: f32, cos: bool) -> f32 {
    if x.is_nan() {
        return f32::NAN;
    }
    // Cody–Waite's range (|x| beyond it goes to libc), NumPy's literals.
    #[allow(clippy::excessive_precision)]
    let max_cody = if cos { 71476.0625f32 } else { 117435.992f32 };
    if x.abs() > max_cody {
        return if cos { x.cos() } else { x.sin() };
    }
    const TWO_OVER_PI: f32 = f32::from_bits(0x3f22_f983); // 0x1.45f306p-1
    const PIO2_HIGH: f32 = -f32::from_bits(0x3fc9_0fd8); // -0x1.921fb0p+0
    const PIO2_MED: f32 = -f32::from_bits(0x34a8_885a); // -0x1.5110b4p-22
    const PIO2_LOW: f32 = -f32::from_bits(0x27c2_34c4); // -0x1.846988p-48
    const RINT_MAGIC: f32 = f32::from_bits(0x4b40_0000); // 0x1.8p+23
    // Round to nearest through the magic constant, as the vector code does.
    let quadrant = (x * TWO_OVER_PI + RINT_MAGIC) - RINT_MAGIC;
    let r = quadrant.mul_add(PIO2_HIGH, x);
    let r = quadrant.mul_add(PIO2_MED, r);
    let r = quadrant.mul_add(PIO2_LOW, r);
    let r2 = r * r;

    let c = f32::from_bits(0x37cc_730b).mul_add(r2, -f32::from_bits(0x3ab6_036e)); // 0x1.98e616p-16, -0x1.6c06dcp-10
    let c = c.mul_add(r2, f32::from_bits(0x3d2a_aa9e)); // 0x1.55553cp-5
    let c = c.mul_add(r2, -0.5);
    let c = c.mul_add(r2, 1.0);

    let s = f32::from_bits(0x363e_9dde).mul_add(r2, -f32::from_bits(0x3950_35dd)); // 0x1.7d3bbcp-19, -0x1.a06bbap-13
    let s = s.mul_add(r2, f32::from_bits(0x3c08_88cd)); // 0x1.11119ap-7
    let s = s.mul_add(r2, -f32::from_bits(0x3e2a_aaab)); // -0x1.555556p-3
    // An fma with +0 (not a product): -0 becomes +0 as in the vector code.
    let s = s.mul_add(r2, 0.0);
    let s = s.mul_add(r, r);

    let q = quadrant as i32 + i32::from(cos);
    let v = if q & 1 == 0 { s } else { c };
    // Negation is `0 - v`, so a zero result becomes +0.
    if q & 2 == 2 { 0.0 - v } else { v }
}

/// One lane of `simd_sincos_f32(..., SIMD_COMPUTE_SIN)`.
pub fn sin_f32(x: f32) -> f32 {
    sincos(x, false)
}

/// One lane of `simd_sincos_f32(..., SIMD_COMPUTE_COS)`.
pub fn cos_f32(x: f32) -> f32 {
    sincos(x, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::array::oracle_bits;

    #[test]
    fn special_values() {
        assert_eq!(sin_f32(0.0), 0.0);
        assert_eq!(cos_f32(0.0), 1.0);
        assert!(sin_f32(f32::INFINITY).is_nan());
        assert!(cos_f32(f32::NAN).is_nan());
        assert_eq!(sin_f32(-0.0).to_bits(), (-0.0f32).to_bits());
    }

    #[test]
    fn matches_numpy() {
        oracle_bits::check_f32("sin", sin_f32);
        oracle_bits::check_f32("cos", cos_f32);
    }
}
