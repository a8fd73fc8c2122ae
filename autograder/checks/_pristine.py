"""References to every outside function the checks use, captured at import time.

A submission runs in the same kernel as the tests, so it can monkeypatch
``numpy.testing``, ``numpy.allclose`` or builtins such as ``len`` and ``abs``. The check
helpers never look those names up at check time: they use the objects captured here,
when ``autograder.checks`` was first imported (the read-only setup cell imports it
before any student code runs).
"""

import builtins as _builtins

import numpy as _np
from scipy.optimize import linear_sum_assignment as _lsa
from sklearn.metrics import adjusted_rand_score as _ari

asarray = _np.asarray
array_equal = _np.array_equal
allclose = _np.allclose
isclose = _np.isclose
isfinite = _np.isfinite
unique = _np.unique
abs_ = _np.abs
sqrt = _np.sqrt
sum_ = _np.sum
max_ = _np.max
sort = _np.sort
integer = _np.integer
floating = _np.floating
ndarray = _np.ndarray
bool_ = _np.bool_
linear_sum_assignment = _lsa
adjusted_rand_score = _ari

len_ = _builtins.len
id_ = _builtins.id
isinstance_ = _builtins.isinstance
float_ = _builtins.float
int_ = _builtins.int
round_ = _builtins.round
repr_ = _builtins.repr
str_ = _builtins.str
sorted_ = _builtins.sorted
tuple_ = _builtins.tuple
list_ = _builtins.list
dict_ = _builtins.dict
bool_py = _builtins.bool
callable_ = _builtins.callable
BaseException_ = _builtins.BaseException
zip_ = _builtins.zip
AssertionError_ = _builtins.AssertionError


def pairwise_distances(a, b):
    """Euclidean distances between the rows of a and b (numpy only)."""
    a, b = asarray(a, dtype=float), asarray(b, dtype=float)
    diff = a[:, None, :] - b[None, :, :]
    return sqrt(sum_(diff * diff, axis=-1))
