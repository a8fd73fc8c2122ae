"""Types, shapes, numbers and arrays, compared with a tolerance and a helpful message."""

import builtins as _builtins

from . import _pristine as P
from ._report import a_or_an, diagnose, fail, short

_all = _builtins.all
_range = _builtins.range


_PLAIN_NAMES = {"floating": "float", "float64": "float", "integer": "int", "int64": "int",
                "ndarray": "NumPy array", "NoneType": "None", "str": "string"}


def _type_name(t) -> str:
    return _PLAIN_NAMES.get(t.__name__, t.__name__)


def check_type(value, types, name: str, hint: str | None = None):
    """``value`` is an instance of ``types`` (a type or a tuple of types)."""
    if not P.isinstance_(value, types):
        names = []
        for t in (types if P.isinstance_(types, P.tuple_) else (types,)):
            if _type_name(t) not in names:
                names.append(_type_name(t))
        got = "None" if value is None else a_or_an(_type_name(type(value)))
        fail(f"{name} should be {a_or_an(' or '.join(names))}, not {got}.", hint=hint,
             show_values=False)
    return value


def check_shape(value, shape, name: str, hint: str | None = None):
    """``value`` converts to an array of exactly ``shape``; returns that array."""
    array = P.asarray(value)
    if P.tuple_(array.shape) != P.tuple_(shape):
        fail(f"{name}: wrong shape.", P.tuple_(shape), P.tuple_(array.shape), hint)
    return array


def _close(a, b, rtol, atol) -> bool:
    a, b = P.asarray(a, dtype=float), P.asarray(b, dtype=float)
    return a.shape == b.shape and bool(P.allclose(a, b, rtol=rtol, atol=atol, equal_nan=False))


def check_close(received, expected, name: str, *, rtol: float = 1e-6, atol: float = 1e-9,
                hint: str | None = None, mistakes=()):
    """A number (or array) close to the expected one.

    ``mistakes``: ``(value, hint)`` pairs; if the received value equals the value a known
    mistake produces, that mistake's hint is shown instead of the generic ``hint``.
    """
    try:
        ok = _close(received, expected, rtol, atol)
    except (TypeError, ValueError):
        ok = False
    if not ok:
        same = lambda r, v: _close(r, v, rtol, atol)  # noqa: E731
        fail(f"{name}: not the expected value.", expected, received,
             diagnose(received, mistakes, same) or hint)
    return received


def check_array_close(received, expected, name: str, *, rtol: float = 1e-6,
                      atol: float = 1e-9, hint: str | None = None, mistakes=()):
    """Same shape, then element-wise close (shape errors get their own message)."""
    expected = P.asarray(expected)
    check_shape(received, expected.shape, name, hint)
    return check_close(received, expected, name, rtol=rtol, atol=atol, hint=hint,
                       mistakes=mistakes)


def _same(r, v) -> bool:
    """Exact equality as ``check_equal`` decides it."""
    if P.isinstance_(r, P.ndarray) or P.isinstance_(v, P.ndarray):
        return bool(P.array_equal(P.asarray(r), P.asarray(v)))
    return type(r) is type(v) and r == v if not P.isinstance_(r, P.integer) else r == v


def check_equal(received, expected, name: str, hint: str | None = None, mistakes=()):
    """Exact equality for ints, strings, tuples and integer arrays."""
    if not _same(received, expected):
        fail(f"{name}: not the expected value.", expected, received,
             diagnose(received, mistakes, _same) or hint)
    return received


def check_cases(received, expected, cases, name: str, *, hint: str | None = None,
                mistakes=()):
    """One result per test case, each compared exactly (as ``check_equal`` does).

    ``received`` and ``expected`` hold one result per case, ``cases`` a few words on
    each case ("when two groups are merged"). A failure shows the first case whose
    result differs. Its hint names a known mistake (``mistakes``: ``(results, hint)``
    pairs, ``results`` holding what that mistake gives, one per case) whose results
    equal the received ones in every case, or else in every case that failed (all such
    mistakes, when several do); when no known mistake explains them, ``hint``. One case
    rarely tells mistakes apart (several give the same wrong verdict); the whole set of
    cases does.
    """
    received, expected, cases = P.list_(received), P.list_(expected), P.list_(cases)
    if P.len_(received) != P.len_(expected):
        fail(f"{name}: one result per case expected.", P.len_(expected), P.len_(received),
             hint)
    failed = [i for i in _range(P.len_(expected)) if not _same(received[i], expected[i])]
    if not failed:
        return received
    found = []
    for scope in (_range(P.len_(expected)), failed):
        for results, mistake_hint in mistakes or ():
            try:
                explains = _all(_same(received[i], results[i]) for i in scope)
            except Exception:  # a mistake of another shape simply does not match
                continue
            if explains and mistake_hint not in found:
                found.append(mistake_hint)
        if found:
            break
    first = failed[0]
    fail(f"{name} {cases[first]}: not the expected value.", expected[first], received[first],
         " Or: ".join(found) or hint)


def check_in_range(received, low, high, name: str, hint: str | None = None):
    """``low <= received <= high``: for a value the lesson only bounds."""
    value = P.float_(received)
    if not (low <= value <= high):
        fail(f"{name} should lie between {short(low)} and {short(high)}; received {short(value)}.",
             show_values=False, hint=hint)
    return received
