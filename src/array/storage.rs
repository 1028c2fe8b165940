//! The buffer every view shares, and the strided view over it.

use super::{DType, Element, Scalar};
use crate::error::{Error, Exc, Result};
use half::f16;
use num_complex::{Complex32, Complex64};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

macro_rules! buffer {
    ($($d:ident($t:ty)),* $(,)?) => {
        /// Typed storage: one variant per dtype, so kernels see plain slices.
        #[derive(Clone, Debug)]
        pub enum Buffer { $($d(Vec<$t>)),* }

        impl Buffer {
            pub fn dtype(&self) -> DType {
                match self { $(Buffer::$d(_) => DType::$d),* }
            }
            pub fn len(&self) -> usize {
                match self { $(Buffer::$d(v) => v.len()),* }
            }
            pub fn is_empty(&self) -> bool {
                self.len() == 0
            }
            pub fn get(&self, i: usize) -> Scalar {
                match self { $(Buffer::$d(v) => Scalar::$d(v[i])),* }
            }
        }

        /// Access to the `Vec` behind a buffer of this element's dtype.
        pub trait Stored: Element {
            fn of(buf: &Buffer) -> &[Self];
            fn of_mut(buf: &mut Buffer) -> &mut [Self];
            fn wrap(v: Vec<Self>) -> Buffer;
        }
        $(impl Stored for $t {
            fn of(buf: &Buffer) -> &[Self] {
                match buf { Buffer::$d(v) => v, other => panic!("buffer holds {}, not {}", other.dtype(), DType::$d) }
            }
            fn of_mut(buf: &mut Buffer) -> &mut [Self] {
                match buf { Buffer::$d(v) => v, other => panic!("buffer holds {}, not {}", other.dtype(), DType::$d) }
            }
            fn wrap(v: Vec<Self>) -> Buffer { Buffer::$d(v) }
        })*
    };
}

buffer!(
    Bool(bool),
    Int8(i8),
    Int16(i16),
    Int32(i32),
    Int64(i64),
    UInt8(u8),
    UInt16(u16),
    UInt32(u32),
    UInt64(u64),
    Float16(f16),
    Float32(f32),
    Float64(f64),
    Complex64(Complex32),
    Complex128(Complex64),
);

/// A strided view of a shared buffer, like an `ndarray` object in NumPy.
/// Cloning makes another handle on the same array object (not a copy, nor
/// a new view): `view` makes a new object.
#[derive(Clone, Debug)]
pub struct Array {
    data: Rc<RefCell<Buffer>>,
    offset: usize,
    /// Behind a pointer, so that an array (and so every `Value`, of which a
    /// Python list holds one per element) stays small; shared by every
    /// handle on the object, so its address is the object's identity.
    geom: Rc<Geometry>,
}

#[derive(Debug)]
struct Geometry {
    /// The layout the object was made with, until it takes another in place.
    layout: Layout,
    relaid: Relaid,
    /// NumPy's `writeable=False` flag (`np.broadcast_to`, `np.diag` of a
    /// matrix, `a.flags.writeable = False`); views inherit it, copies do not.
    readonly: Cell<bool>,
    /// NumPy's WARN_ON_WRITE: the still-writeable views `np.broadcast_arrays`
    /// returns warn (DeprecationWarning) on their first write, and reading
    /// their writeable flag warns (FutureWarning); views inherit it.
    warn_on_write: Cell<bool>,
    /// A complex array's `.real`/`.imag` as npcalc gives them: a copy where
    /// NumPy gives a view, so writes into it (or into views of it), which
    /// NumPy would pass on to the complex array, are refused.
    part_copy: bool,
    /// NumPy's `base`: the array owning the memory this one views (NumPy
    /// collapses a view of a view to the owner); `None` for an owner.
    base: Option<Array>,
}

#[derive(Clone, Debug, PartialEq)]
struct Layout {
    shape: Vec<usize>,
    /// In elements, not bytes; may be negative or zero.
    strides: Vec<isize>,
}

/// The layouts an object took in place (`a.shape = ...`, `a.resize`) and
/// which one is current. A `shape()` slice borrowed before such a change
/// must stay valid after it, so every layout is kept while the object
/// lives; a layout taken again is reused, so a loop does not grow this.
#[derive(Debug, Default)]
struct Relaid {
    all: RefCell<Vec<Rc<Layout>>>,
    current: Cell<Option<usize>>,
}

impl Clone for Geometry {
    /// A new object starts with the current layout alone.
    fn clone(&self) -> Geometry {
        Geometry {
            layout: self.current().clone(),
            relaid: Relaid::default(),
            readonly: self.readonly.clone(),
            warn_on_write: self.warn_on_write.clone(),
            part_copy: self.part_copy,
            base: self.base.clone(),
        }
    }
}

impl Geometry {
    fn new(
        shape: Vec<usize>,
        strides: Vec<isize>,
        readonly: bool,
        base: Option<Array>,
    ) -> Geometry {
        Geometry {
            layout: Layout { shape, strides },
            relaid: Relaid::default(),
            readonly: Cell::new(readonly),
            warn_on_write: Cell::new(false),
            part_copy: false,
            base,
        }
    }

    fn current(&self) -> &Layout {
        let Some(i) = self.relaid.current.get() else {
            return &self.layout;
        };
        let p = Rc::as_ptr(&self.relaid.all.borrow()[i]);
        // SAFETY: `all` only grows while the geometry lives, and the Rc it
        // holds keeps the layout at `p` alive and unchanged until then; the
        // returned borrow cannot outlive `self`.
        unsafe { &*p }
    }

    fn relay(&self, layout: Layout) {
        let mut all = self.relaid.all.borrow_mut();
        let i = all.iter().position(|l| **l == layout).unwrap_or_else(|| {
            all.push(Rc::new(layout));
            all.len() - 1
        });
        self.relaid.current.set(Some(i));
    }
}

/// C-order strides (in elements) for a shape.
pub fn c_strides(shape: &[usize]) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut acc = 1isize;
    for (s, &n) in strides.iter_mut().zip(shape).rev() {
        *s = acc;
        acc *= n.max(1) as isize;
    }
    strides
}

/// The number of elements of a shape, or None when it overflows.
pub fn shape_size(shape: &[usize]) -> Option<usize> {
    shape.iter().try_fold(1usize, |acc, &n| acc.checked_mul(n))
}

/// NumPy's limit on the number of dimensions.
pub const MAXDIMS: usize = 64;

impl Array {
    /// A C-contiguous array owning `data`, which must hold exactly the shape's size.
    pub fn from_vec<T: Stored>(data: Vec<T>, shape: Vec<usize>) -> Array {
        debug_assert_eq!(shape_size(&shape), Some(data.len()));
        // NumPy 2.4 gives new empty arrays zero strides (`np.zeros((0, 3)).strides`).
        let strides = if data.is_empty() {
            vec![0; shape.len()]
        } else {
            c_strides(&shape)
        };
        Array {
            data: Rc::new(RefCell::new(T::wrap(data))),
            offset: 0,
            geom: Rc::new(Geometry::new(shape, strides, false, None)),
        }
    }

    /// A 0-d array holding one scalar.
    pub fn from_scalar(s: Scalar) -> Array {
        Array::from_scalars(&[s], s.dtype(), vec![])
    }

    /// A C-contiguous array of scalars that are all of `dtype` already.
    pub fn from_scalars(items: &[Scalar], dtype: DType, shape: Vec<usize>) -> Array {
        crate::with_dtype!(dtype, T => {
            let v: Vec<T> = items
                .iter()
                .map(|&s| T::from_scalar(s).expect("from_scalars needs scalars of the array's dtype"))
                .collect();
            Array::from_vec(v, shape)
        })
    }

    /// A C-contiguous array of zeros (false, 0, 0.0, 0j), failing like NumPy's
    /// `_ArrayMemoryError` rather than aborting when memory cannot be had.
    pub fn zeros(dtype: DType, shape: Vec<usize>) -> Result<Array> {
        crate::with_dtype!(dtype, T => {
            Ok(Array::from_vec(zeroed_vec::<T>(dtype, &shape)?, shape))
        })
    }

    /// A new array object viewing this one's buffer with another geometry.
    pub fn view(&self, offset: usize, shape: Vec<usize>, strides: Vec<isize>) -> Array {
        // An empty view addresses no element, so its offset is moot; keeping it
        // at 0 keeps `offset..offset + size` inside even an empty buffer.
        let offset = if shape.contains(&0) { 0 } else { offset };
        let geom = Geometry::new(
            shape,
            strides,
            self.geom.readonly.get(),
            Some(self.base().unwrap_or_else(|| self.clone())),
        );
        geom.warn_on_write.set(self.geom.warn_on_write.get());
        Array {
            data: Rc::clone(&self.data),
            offset,
            geom: Rc::new(geom),
        }
    }

    /// A new array object viewing the same elements (`a.view()`, and the
    /// functions NumPy answers with a view even when nothing changes).
    pub fn new_view(&self) -> Array {
        self.view(self.offset, self.shape().to_vec(), self.strides().to_vec())
    }

    /// This freshly computed array with another geometry over the same
    /// elements, still owning them: NumPy's results are owners, where
    /// `view` would make them views of a temporary.
    pub fn with_geometry(mut self, shape: Vec<usize>, strides: Vec<isize>) -> Array {
        let geom = Rc::make_mut(&mut self.geom);
        let warn = geom.warn_on_write.get();
        *geom = Geometry::new(shape, strides, geom.readonly.get(), geom.base.clone());
        geom.warn_on_write.set(warn);
        self
    }

    /// Gives this object, through every handle on it, another layout over
    /// the same elements (`a.shape = ...`); views of it keep theirs.
    pub fn relayout(&self, shape: Vec<usize>, strides: Vec<isize>) {
        self.geom.relay(Layout { shape, strides });
    }

    /// How many handles on this object exist: npcalc's counterpart of its
    /// Python reference count, as every name, container and view's `base`
    /// holding the object holds one.
    pub fn handle_count(&self) -> usize {
        Rc::strong_count(&self.geom)
    }

    /// Whether another array object views this one's buffer: each view
    /// holds the buffer without holding this object's geometry.
    pub fn is_viewed(&self) -> bool {
        Rc::strong_count(&self.data) > Rc::strong_count(&self.geom)
    }

    /// `a.resize(shape)` on an owner no other array views, whose buffer is
    /// its elements in memory order: the buffer cut or extended with zeros
    /// when the size changes, read in the order the array was laid out in.
    pub fn resize_in_place(&self, shape: Vec<usize>, fortran: bool) -> Result<()> {
        let dtype = self.dtype();
        let size = checked_size(dtype, &shape)?;
        if size != self.size() {
            if self.offset != 0 || self.data.borrow().len() != self.size() {
                return Err(Error::new(
                    Exc::NotImplementedError,
                    "npcalc does not support resizing an array whose memory holds more than its elements",
                ));
            }
            crate::with_dtype!(dtype, T => {
                let mut grown: Vec<T> = zeroed_vec(dtype, &[size])?;
                let mut buf = self.data.borrow_mut();
                let old = T::of(&buf);
                let n = old.len().min(size);
                grown[..n].copy_from_slice(&old[..n]);
                *buf = T::wrap(grown);
            });
        }
        let strides = if fortran {
            let rev: Vec<usize> = shape.iter().rev().copied().collect();
            c_strides(&rev).into_iter().rev().collect()
        } else {
            c_strides(&shape)
        };
        self.relayout(shape, strides);
        Ok(())
    }

    /// NumPy's `base`: the array owning the memory this one views.
    pub fn base(&self) -> Option<Array> {
        self.geom.base.clone()
    }

    /// Whether this is the same array object as `other` (Python's `is`).
    pub fn is(&self, other: &Array) -> bool {
        Rc::ptr_eq(&self.geom, &other.geom)
    }

    /// The object's address, for `id()`.
    pub fn address(&self) -> usize {
        Rc::as_ptr(&self.geom) as usize
    }

    /// The view with NumPy's writeable flag cleared (a new object if this
    /// one is shared, so other handles keep their flag).
    pub fn into_readonly(mut self) -> Array {
        Rc::make_mut(&mut self.geom).readonly.set(true);
        self
    }

    /// This fresh copy marked as a complex array's part (see `part_copy`).
    pub fn into_part_copy(mut self) -> Array {
        Rc::make_mut(&mut self.geom).part_copy = true;
        self
    }

    /// This view marked WARN_ON_WRITE (see the field), a new object if
    /// this one is shared.
    pub fn into_warn_on_write(mut self) -> Array {
        Rc::make_mut(&mut self.geom).warn_on_write.set(true);
        self
    }

    pub fn warns_on_write(&self) -> bool {
        self.geom.warn_on_write.get()
    }

    /// Sets NumPy's writeable flag on this object, for every handle on it;
    /// setting it either way ends WARN_ON_WRITE, as `setflags` does.
    pub fn set_readonly(&self, readonly: bool) {
        self.geom.readonly.set(readonly);
        self.geom.warn_on_write.set(false);
    }

    pub fn is_readonly(&self) -> bool {
        self.geom.readonly.get()
    }

    /// NumPy's refusal to write into a read-only array: `what` is
    /// "assignment destination" for setitem, "output array" for `out=`.
    pub fn check_writeable(&self, what: &str) -> Result<()> {
        if self.geom.part_copy || self.base().is_some_and(|b| b.geom.part_copy) {
            return Err(Error::new(
                Exc::NotImplementedError,
                "npcalc does not support writing into the .real or .imag of a complex array, which are copies in npcalc, not views; assign the whole part instead (a.real = ...)",
            ));
        }
        if self.geom.readonly.get() {
            return Err(Error::value_error(format!("{what} is read-only")));
        }
        if self.geom.warn_on_write.get() {
            // array_might_be_written: warn once, clearing the flag up the
            // chain of bases (npcalc's base is already the owner).
            super::signals::warn(
                "DeprecationWarning",
                "Numpy has detected that you (may be) writing to an array with\noverlapping memory from np.broadcast_arrays. If this is intentional\nset the WRITEABLE flag True or make a copy immediately before writing.",
            );
            self.geom.warn_on_write.set(false);
            if let Some(b) = self.base() {
                b.geom.warn_on_write.set(false);
            }
        }
        Ok(())
    }

    pub fn dtype(&self) -> DType {
        self.data.borrow().dtype()
    }
    pub fn shape(&self) -> &[usize] {
        &self.geom.current().shape
    }
    pub fn strides(&self) -> &[isize] {
        &self.geom.current().strides
    }
    pub fn offset(&self) -> usize {
        self.offset
    }
    pub fn ndim(&self) -> usize {
        self.geom.current().shape.len()
    }
    pub fn size(&self) -> usize {
        self.geom.current().shape.iter().product()
    }
    pub fn buffer(&self) -> &Rc<RefCell<Buffer>> {
        &self.data
    }

    /// Whether two arrays are views of the same buffer.
    pub fn shares_buffer(&self, other: &Array) -> bool {
        Rc::ptr_eq(&self.data, &other.data)
    }

    pub fn is_c_contiguous(&self) -> bool {
        if self.size() <= 1 {
            return true;
        }
        let Layout { shape, strides } = self.geom.current();
        let want = c_strides(shape);
        shape
            .iter()
            .zip(strides)
            .zip(&want)
            .all(|((&n, &s), &w)| n == 1 || s == w)
    }

    /// NumPy's F_CONTIGUOUS flag: Fortran order, length-one axes ignored.
    pub fn is_f_contiguous(&self) -> bool {
        if self.shape().contains(&0) {
            return true;
        }
        let mut expected = 1isize;
        for (&n, &s) in self.shape().iter().zip(self.strides()) {
            if n != 1 {
                if s != expected {
                    return false;
                }
                expected *= n as isize;
            }
        }
        true
    }

    /// Buffer position of a multi-index (which must be in bounds).
    pub fn position(&self, index: &[usize]) -> usize {
        let mut pos = self.offset as isize;
        for (&i, &s) in index.iter().zip(&self.geom.current().strides) {
            pos += i as isize * s;
        }
        pos as usize
    }

    /// The element at a multi-index.
    pub fn get(&self, index: &[usize]) -> Scalar {
        self.data.borrow().get(self.position(index))
    }

    /// The element at a position in C (row-major) order.
    pub fn get_flat(&self, flat: usize) -> Scalar {
        let mut rem = flat;
        let mut pos = self.offset as isize;
        for (&n, &s) in self
            .geom
            .current()
            .shape
            .iter()
            .zip(&self.geom.current().strides)
            .rev()
        {
            if n > 0 {
                pos += (rem % n) as isize * s;
                rem /= n;
            }
        }
        self.data.borrow().get(pos as usize)
    }

    /// Buffer positions of all elements in C order.
    pub fn positions(&self) -> impl Iterator<Item = usize> + '_ {
        let size = self.size();
        let ndim = self.ndim();
        let mut index = vec![0usize; ndim];
        let mut pos = self.offset as isize;
        let Layout { shape, strides } = self.geom.current();
        (0..size).map(move |k| {
            if k > 0 {
                for d in (0..ndim).rev() {
                    index[d] += 1;
                    pos += strides[d];
                    if index[d] < shape[d] {
                        break;
                    }
                    pos -= strides[d] * shape[d] as isize;
                    index[d] = 0;
                }
            }
            pos as usize
        })
    }

    /// The elements in C order, as a new Vec of the array's own element type.
    pub fn to_vec<T: Stored>(&self) -> Vec<T> {
        let mut out = Vec::new();
        // Most kernels copy their input first; a broadcast view can be far
        // bigger than memory (`-np.broadcast_to(a, (10**5, 10**5, 3))`).
        if out.try_reserve_exact(self.size()).is_err() {
            super::signals::unwind_with(memory_error(self.dtype(), self.shape()));
            out.reserve_exact(self.size());
        }
        self.extend_vec(&mut out);
        out
    }

    /// Appends the elements in C order to `out` (a copy with no temporary).
    pub fn extend_vec<T: Stored>(&self, out: &mut Vec<T>) {
        let buf = self.data.borrow();
        let src = T::of(&buf);
        let n = self.size();
        // An empty view's offset may lie past its (empty) buffer: `a[::-1]`.
        if n == 0 {
            return;
        }
        if self.is_c_contiguous() {
            for block in src[self.offset..self.offset + n].chunks(super::signals::BLOCK) {
                super::signals::poll();
                out.extend_from_slice(block);
            }
            return;
        }
        out.extend(self.positions().map(|p| {
            super::signals::poll();
            src[p]
        }));
    }
}

/// An empty Vec with room for exactly the elements of `shape`, failing like
/// NumPy (too many dimensions, too big, `_ArrayMemoryError`) instead of aborting.
/// Kernels fill it in one pass, so new arrays are written once, not zeroed first.
pub fn alloc_vec<T: Element>(dtype: DType, shape: &[usize]) -> Result<Vec<T>> {
    let size = checked_size(dtype, shape)?;
    let mut v: Vec<T> = Vec::new();
    if v.try_reserve_exact(size).is_err() {
        return Err(memory_error(dtype, shape));
    }
    hugepages(v.as_mut_ptr().cast(), size * std::mem::size_of::<T>());
    Ok(v)
}

/// NumPy's allocator (alloc.c) asks Linux for transparent huge pages on a
/// data buffer of 4 MiB or more, so filling it takes far fewer page faults.
#[cfg(target_os = "linux")]
fn hugepages(ptr: *mut u8, bytes: usize) {
    if bytes < 1 << 22 {
        return;
    }
    let offset = 4096 - (ptr as usize) % 4096;
    // SAFETY: [ptr + offset, ptr + bytes) lies inside the allocation just
    // made; madvise only advises the kernel and its error is ignored, as
    // NumPy ignores it.
    unsafe {
        libc::madvise(ptr.add(offset).cast(), bytes - offset, libc::MADV_HUGEPAGE);
    }
}

#[cfg(not(target_os = "linux"))]
fn hugepages(_: *mut u8, _: usize) {}

/// A Vec of `shape`'s size, zeroed by the allocator: a large one comes as
/// fresh zero pages from the OS, so a kernel that then fills it writes the
/// memory once rather than twice. Fails like `alloc_vec`.
pub fn zeroed_vec<T: Element>(dtype: DType, shape: &[usize]) -> Result<Vec<T>> {
    let size = checked_size(dtype, shape)?;
    let layout = std::alloc::Layout::array::<T>(size).map_err(|_| memory_error(dtype, shape))?;
    if layout.size() == 0 {
        return Ok(Vec::new());
    }
    // SAFETY: the layout's size is not zero.
    let ptr = unsafe { std::alloc::alloc_zeroed(layout) }.cast::<T>();
    if ptr.is_null() {
        return Err(memory_error(dtype, shape));
    }
    hugepages(ptr.cast(), layout.size());
    // SAFETY: `ptr` was allocated by the global allocator with the layout of
    // `size` elements of T, and all-zero bytes are a valid T for every element
    // type (false, 0, +0.0 in every float width, 0j).
    Ok(unsafe { Vec::from_raw_parts(ptr, size, size) })
}

/// NumPy's error for a shape of more than MAXDIMS dimensions.
pub fn too_many_dims(ndim: usize) -> Error {
    Error::value_error(format!(
        "maximum supported dimension for an ndarray is currently {MAXDIMS}, found {ndim}"
    ))
}

/// The element count of `shape`, or NumPy's error when it cannot be allocated.
fn checked_size(dtype: DType, shape: &[usize]) -> Result<usize> {
    if shape.len() > MAXDIMS {
        return Err(too_many_dims(shape.len()));
    }
    let size = shape_size(shape)
        .filter(|n| n.checked_mul(dtype.itemsize()).is_some_and(|b| b <= isize::MAX as usize))
        .ok_or_else(|| {
            Error::value_error("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
        })?;
    Ok(size)
}

/// NumPy's `_ArrayMemoryError` text, e.g.
/// `Unable to allocate 7.28 TiB for an array with shape (1000000000000,) and data type float64`.
pub fn memory_error(dtype: DType, shape: &[usize]) -> Error {
    memory_error_named(dtype.itemsize(), &dtype.to_string(), shape)
}

/// `memory_error` for a dtype the array layer does not know by name
/// (`datetime64[D]` stored as int64).
pub fn memory_error_named(itemsize: usize, dtype: &str, shape: &[usize]) -> Error {
    let bytes = shape.iter().fold(itemsize as f64, |acc, &n| acc * n as f64);
    Error::new(
        Exc::ArrayMemoryError,
        format!(
            "Unable to allocate {} for an array with shape {} and data type {dtype}",
            size_to_string(bytes),
            shape_repr(shape),
        ),
    )
}

/// A shape as NumPy's ufunc and iterator errors print it: `(2,3)`, `(3,)`.
pub fn compact_shape_repr(shape: &[usize]) -> String {
    shape_text(shape, ",")
}

/// A shape as a Python tuple: `(3,)`, `(2, 3)`, `()`.
pub fn shape_repr(shape: &[usize]) -> String {
    shape_text(shape, ", ")
}

fn shape_text(shape: &[usize], sep: &str) -> String {
    match shape {
        [n] => format!("({n},)"),
        _ => format!(
            "({})",
            shape
                .iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(sep)
        ),
    }
}

/// `numpy._core._exceptions._size_to_string`: the byte count in the unit of
/// its bit length (the next one when it rounds to 1024), printed `#.3g`
/// (zeros and the point kept: `8.00 TiB`, `931. GiB`) or `#.0f` past 999.
fn size_to_string(num_bytes: f64) -> String {
    const UNITS: [&str; 7] = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
    // max(num_bytes.bit_length() - 1, 1) // 10
    let bits = if num_bytes >= 2.0 {
        num_bytes.log2().floor() as i32
    } else {
        1
    };
    let mut unit = bits / 10;
    let mut n = num_bytes / 2f64.powi(unit * 10);
    if n.round_ties_even() == 1024.0 {
        unit += 1;
        n /= 1024.0;
    }
    let last = UNITS.len() as i32 - 1;
    if unit > last {
        n *= 2f64.powi((unit - last) * 10);
        unit = last;
    }
    let name = UNITS[unit as usize];
    if unit == 0 {
        format!("{n:.0} {name}")
    } else if n.round_ties_even() < 1000.0 {
        // `#.3g`: three significant digits after rounding, trailing zeros kept.
        let sci = format!("{n:.2e}");
        let exp: usize = sci
            .split_once('e')
            .and_then(|(_, e)| e.parse().ok())
            .unwrap_or(0);
        match 2usize.saturating_sub(exp) {
            0 => format!("{n:.0}. {name}"),
            d => format!("{n:.d$} {name}"),
        }
    } else {
        format!("{n:.0}. {name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_order_positions_follow_strides() {
        let a = Array::from_vec((0..6i64).collect(), vec![2, 3]);
        let t = a.view(0, vec![3, 2], vec![1, 3]);
        assert_eq!(t.to_vec::<i64>(), vec![0, 3, 1, 4, 2, 5]);
        assert!(!t.is_c_contiguous());
        assert_eq!(t.get_flat(3), Scalar::Int64(4));
    }

    #[test]
    fn memory_error_text_matches_numpy() {
        // Text from NumPy 2.4.6: np.zeros(10**12)
        assert_eq!(
            memory_error(DType::Float64, &[1_000_000_000_000]).message,
            "Unable to allocate 7.28 TiB for an array with shape (1000000000000,) and data type float64"
        );
    }
}
