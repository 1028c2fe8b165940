//! matplotlib's default tick locator for numbers (`AutoLocator`, a
//! `MaxNLocator` with `nbins='auto'` and steps 1, 2, 2.5, 5, 10; ticker.py),
//! which `ax.get_xticks()` and `ax.get_yticks()` answer with: the ticks for
//! the axis' view limits, including those just outside them.

/// Python's `divmod` of floats (CPython's `float_divmod`).
fn divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// `scale_range`: the power of ten of the step, and an offset when the
/// range sits far from zero.
fn scale_range(vmin: f64, vmax: f64, n: f64) -> (f64, f64) {
    let dv = (vmax - vmin).abs();
    let meanv = (vmax + vmin) / 2.0;
    let offset = if meanv.abs() / dv < 100.0 {
        0.0
    } else {
        10f64
            .powf(divmod(meanv.abs().log10(), 1.0).0)
            .copysign(meanv)
    };
    (10f64.powf(divmod((dv / n).log10(), 1.0).0), offset)
}

/// `_Edge_integer`'s `le` and `ge`: tick counts from a start, allowing for
/// the rounding of a large offset.
fn edge(step: f64, offset: f64, x: f64, upper: bool) -> f64 {
    let offset = offset.abs();
    let tol = if offset > 0.0 {
        let digits = (offset / step).log10();
        1e-10f64.max(10f64.powf(digits - 12.0)).min(0.4999)
    } else {
        1e-10
    };
    let (d, m) = divmod(x, step);
    let close = |ms: f64, e: f64| (ms - e).abs() < tol;
    match upper {
        false if close(m / step, 1.0) => d + 1.0,
        false => d,
        true if close(m / step, 0.0) => d,
        true => d + 1.0,
    }
}

/// `MaxNLocator.tick_values` of AutoLocator for the view limits, with
/// `tick_space` as the axis' `get_tick_space()`.
pub fn auto_ticks(vmin: f64, vmax: f64, tick_space: i64) -> Vec<f64> {
    const STEPS: [f64; 5] = [1.0, 2.0, 2.5, 5.0, 10.0];
    const MIN_N_TICKS: usize = 2;
    // `mtransforms.nonsingular` with the locator's expander and tiny.
    let (vmin, vmax) = super::pyplot::nonsingular(vmin, vmax, 1e-13, 1e-14);
    let nbins = tick_space.clamp(1, 9) as f64;
    let (scale, offset) = scale_range(vmin, vmax, nbins);
    let (lo, hi) = (vmin - offset, vmax - offset);
    // `_staircase`: a tenth of the steps, the steps, ten times the second.
    let steps: Vec<f64> = STEPS[..4]
        .iter()
        .map(|s| 0.1 * s)
        .chain(STEPS)
        .chain([10.0 * STEPS[1]])
        .map(|s| s * scale)
        .collect();
    let raw_step = (hi - lo) / nbins;
    let istep = steps
        .iter()
        .position(|&s| s >= raw_step)
        .unwrap_or(steps.len() - 1);
    let mut ticks = Vec::new();
    for &step in steps[..=istep].iter().rev() {
        let best_vmin = divmod(lo, step).0 * step;
        let low = edge(step, offset, lo - best_vmin, false);
        let high = edge(step, offset, hi - best_vmin, true);
        // np.arange(low, high + 1) * step + best_vmin
        let n = (high + 1.0 - low).ceil().max(0.0) as usize;
        ticks = (0..n)
            .map(|i| (low + i as f64) * step + best_vmin)
            .collect();
        if ticks.iter().filter(|&&t| t <= hi && t >= lo).count() >= MIN_N_TICKS {
            break;
        }
    }
    ticks.into_iter().map(|t| t + offset).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_axes_ticks() {
        // The oracle's matplotlib: plt.plot([0, 1]); [float(v) for v in plt.gca().get_yticks()]
        let t = auto_ticks(-0.05, 1.05, 13);
        let oracle = [
            -0.2,
            0.0,
            0.2,
            0.4000000000000001,
            0.6000000000000001,
            0.8,
            1.0000000000000002,
            1.2000000000000002,
        ];
        assert_eq!(t, oracle);
    }
}
