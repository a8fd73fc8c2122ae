"""Checks for lesson 08 (clustering as a tool): quantised images and data read in chunks.

``check_quantized`` compares an image whose colours were replaced by cluster centres with
the expected one, pixel by pixel, after checking what a reader would notice first (the
shape, the dtype, the number of colours). ``ChunkRecorder`` stands in for a memory-mapped
array: it serves rows like NumPy and records every read, so that ``check_chunked_reads``
can prove that an answer never held more than one chunk of the data at a time.
"""

import numpy as _np

from . import _pristine as P
from ._report import diagnose
from ._report import fail as _fail

# Captured when the checks are first imported (before any answer runs), like _pristine.
_array = _np.array
_arange = _np.arange
_atleast_1d = _np.atleast_1d
_bincount = _np.bincount
_concatenate = _np.concatenate
_flatnonzero = _np.flatnonzero
_issubdtype = _np.issubdtype
_integer = _np.integer
_mean = _np.mean
_dtype = _np.dtype
_zeros = _np.zeros
_range = range


def _dtype_name(dtype) -> str:
    return _dtype(dtype).name


def _n_colours(image) -> int:
    flat = P.asarray(image).reshape(-1, P.asarray(image).shape[-1])
    return P.len_(P.unique(flat, axis=0))


def _colour_tolerance(dtype) -> float:
    # Integer images: rounding (<= 0.5) and truncation (< 1) are both a pixel's centre.
    return 1.0 + 1e-6 if _issubdtype(dtype, _integer) else 1e-6


def _share_off(received, expected, tolerance) -> float:
    """Share of pixels with at least one channel farther than ``tolerance`` from expected."""
    received = P.asarray(received, dtype=float)
    expected = P.asarray(expected, dtype=float)
    off = P.abs_(received - expected).max(axis=-1) > tolerance
    return P.float_(_mean(off))


def check_quantized(received, image, expected, n_colors: int, name: str, *,
                    max_share_off: float = 0.001, shape_mistakes=(), mistakes=(),
                    hint: str | None = None):
    """``received`` is ``image`` with every pixel replaced by its cluster's centre.

    ``expected`` holds the float centre of every pixel, shape ``image.shape``. Checks, in
    this order: a NumPy array, the shape of ``image`` (known wrong shapes named, plus
    ``shape_mistakes``: ``(shape, hint)`` pairs), the dtype of ``image``, at most
    ``n_colors`` distinct colours, and every pixel within rounding of its centre (up to
    ``max_share_off`` of the pixels may differ, for floating-point ties). ``mistakes``:
    ``(image_a_mistake_gives, hint)`` pairs, compared with the same tolerance.
    """
    image = P.asarray(image)
    check_type_ndarray(received, name)
    height, width, channels = image.shape
    shape = P.tuple_(received.shape)
    if shape != P.tuple_(image.shape):
        known = {(height * width, channels): "the pixels were not reshaped back: return "
                 "new_pixels.reshape(image.shape), an image of shape (height, width, 3).",
                 (height, width): "this has one number per pixel, like the cluster labels: "
                 "replace every pixel by its cluster's centre colour (centers[labels]).",
                 (width, height, channels): "height and width are swapped: reshape with "
                 "image.shape (height first), not (width, height, 3)."}
        known.update({P.tuple_(s): h for s, h in shape_mistakes})
        _fail(f"{name}: wrong shape.", P.tuple_(image.shape), shape,
             known.get(shape, hint or "return an image of the same shape as the input."))
    if received.dtype != image.dtype:
        if _issubdtype(image.dtype, _integer) and not _issubdtype(received.dtype, _integer):
            why = (f"the image came back as {_dtype_name(received.dtype)} (floats in 0-255) "
                   f"instead of the input's dtype {_dtype_name(image.dtype)}: convert the "
                   "centres back, e.g. np.rint(new_pixels).astype(image.dtype).")
        elif _issubdtype(received.dtype, _integer):
            why = (f"a {_dtype_name(image.dtype)} image came back as "
                   f"{_dtype_name(received.dtype)}: keep the input's dtype "
                   "(astype(image.dtype)), do not assume every image is uint8.")
        else:
            why = "return the input's dtype: astype(image.dtype)."
        _fail(f"{name}: wrong dtype.", _dtype_name(image.dtype), _dtype_name(received.dtype),
             why)
    n_received = _n_colours(received)
    if n_received > n_colors:
        _fail(f"{name} has {n_received} distinct colours; it should have at most "
             f"{n_colors}.", show_values=False,
             hint=diagnose(received, mistakes, lambda r, v: _share_off(r, v, _colour_tolerance(
                 image.dtype)) <= max_share_off)
             or f"cluster the pixels into n_colors = {n_colors} clusters "
                "(KMeans(n_clusters=n_colors)) and give every pixel its cluster's centre.")
    tolerance = _colour_tolerance(image.dtype)
    share = _share_off(received, expected, tolerance)
    if share > max_share_off:
        same = lambda r, v: _share_off(r, v, tolerance) <= max_share_off  # noqa: E731
        _fail(f"{name}: {share:.1%} of the pixels are not the centre of their cluster "
             f"(tolerance {tolerance:.3g} per channel).", show_values=False,
             hint=diagnose(received, mistakes, same) or hint
             or "fit KMeans with the statement's settings on the pixels of the image "
                "argument and replace every pixel by its cluster's centre.")
    return received


def check_type_ndarray(value, name: str):
    if not P.isinstance_(value, P.ndarray):
        got = "None" if value is None else type(value).__name__
        _fail(f"{name} should be a NumPy array, not {got}.", show_values=False,
             hint="return the quantised image itself, an array like the input.")
    return value


class ChunkRecorder:
    """An array-like over ``data`` that records the rows of every read.

    It answers ``len()``, ``.shape``, ``.dtype``, ``.ndim``, ``.size`` and ``.nbytes``
    without reading anything, and serves ``obj[key]`` (a slice, an integer, an integer or
    boolean array, or a tuple starting with one of those) as a new NumPy array. Turning
    the whole object into an array (``np.asarray``, ``np.array``, what ``fit`` does) counts
    as a read of every row.
    """

    def __init__(self, data):
        self._data = data
        self.reads = []        # one integer array of row numbers per read
        self.whole_reads = 0   # conversions of the whole object to an array

    @property
    def shape(self):
        return P.tuple_(self._data.shape)

    @property
    def dtype(self):
        return self._data.dtype

    @property
    def ndim(self):
        return P.len_(self._data.shape)

    @property
    def size(self):
        return self._data.size

    @property
    def nbytes(self):
        return self._data.nbytes

    def __len__(self):
        return self._data.shape[0]

    def __getitem__(self, key):
        rows_key = key[0] if P.isinstance_(key, P.tuple_) and P.len_(key) else key
        rows = _atleast_1d(_arange(self._data.shape[0])[rows_key])
        self.reads.append(rows)
        return _array(self._data[key], copy=True)

    def __iter__(self):
        for i in _range(self._data.shape[0]):
            yield self[i]

    def __array__(self, dtype=None, copy=None):
        self.whole_reads += 1
        self.reads.append(_arange(self._data.shape[0]))
        return _array(self._data, dtype=dtype, copy=True)

    def __repr__(self):
        return (f"<array-like of shape {self.shape} and dtype {self.dtype}, read through "
                "slices (data[start:stop])>")

    def largest_read(self) -> int:
        return P.max_([P.len_(r) for r in self.reads]) if self.reads else 0

    def times_read(self):
        """How many times each row was served."""
        n = self._data.shape[0]
        if not self.reads:
            return _zeros(n, dtype=int)
        return _bincount(_concatenate(self.reads).astype(int), minlength=n)


def check_chunked_reads(recorder: ChunkRecorder, chunk_size: int, name: str):
    """The answer read ``recorder`` in pieces of at most ``chunk_size`` rows, every row once or more."""
    n = P.len_(recorder)
    if recorder.whole_reads:
        _fail(f"{name} turned the whole dataset into one array (np.asarray / np.array, or "
             "the data itself passed to fit or partial_fit): all of it was in memory at once.",
             show_values=False, hint="read one chunk at a time, data[start:start + chunk_size], "
             "and pass each chunk to partial_fit; never pass data itself to fit.")
    largest = recorder.largest_read()
    if largest > chunk_size:
        if largest >= n:
            why = ("one read returned every row (e.g. data[:] or data[0:len(data)]): read "
                   "slices of chunk_size rows, data[start:start + chunk_size].")
        else:
            why = (f"a read returned {largest} rows, more than chunk_size = {chunk_size}: "
                   "slice data[start:start + chunk_size], where stop - start = chunk_size.")
        _fail(f"{name} read {largest} rows at once; a chunk has at most {chunk_size}.",
             show_values=False, hint=why)
    counts = recorder.times_read()
    unread = _flatnonzero(counts == 0)
    if P.len_(unread):
        if P.array_equal(unread, _arange(n - P.len_(unread), n)):
            why = (f"the last {P.len_(unread)} rows were never read: the final chunk was "
                   "skipped (it may be shorter than chunk_size; "
                   "range(0, len(data), chunk_size) includes it).")
        else:
            why = (f"{P.len_(unread)} rows were never read, the first of them row "
                   f"{P.int_(unread[0])}: the chunks must cover every row of data.")
        _fail(f"{name} did not read every row of the data.", show_values=False, hint=why)
    return recorder


def fail(what: str, hint: str | None = None):
    """A failed check that is one sentence and a hint (no expected/received values)."""
    _fail(what, hint=hint, show_values=False)
