"""How a failed check is worded: what was expected, what came back, and a hint.

Values are printed as a student writes them: ``0.93``, ``[3, 4]``, ``(7, 77)``, never
``np.float64(0.93)`` or ``array([3, 4])`` (NumPy 2 reprs name their types).
"""

import linecache
import os
import traceback
import warnings

from . import _pristine as P

_CHECKS_DIR = os.path.dirname(os.path.abspath(__file__))


class CheckFailed(P.AssertionError_):
    """A failed check: shown to the student as its message, not a traceback into the helpers.

    IPython renders an exception through ``_render_traceback_`` when it has one, so the
    student reads the test line that failed and the hint, nothing from this package.
    The class keeps the name ``AssertionError`` so nbgrader and reports see the usual name.
    """

    def _render_traceback_(self):
        lines = []
        student_frames = [f for f in traceback.extract_tb(self.__traceback__)
                          if not os.path.abspath(f.filename).startswith(_CHECKS_DIR)]
        if student_frames:
            frame = student_frames[-1]
            code = (frame.line or linecache.getline(frame.filename, frame.lineno)).strip()
            if code:
                lines.append(f"The test that failed (line {frame.lineno}): {code}")
        lines.append(f"AssertionError: {self}")
        return lines


CheckFailed.__name__ = CheckFailed.__qualname__ = "AssertionError"


def plain(value, digits: int = 6):
    """``value`` with NumPy scalars and arrays turned into Python numbers and lists."""
    if P.isinstance_(value, P.ndarray):
        if value.dtype.kind == "f":
            return plain(value.round(digits - 2).tolist(), digits)
        return plain(value.tolist(), digits)
    if P.isinstance_(value, P.bool_):
        return P.bool_py(value)
    if P.isinstance_(value, P.integer):
        return P.int_(value)
    if P.isinstance_(value, (P.floating, P.float_)):
        return P.float_(f"{P.float_(value):.{digits}g}")
    if P.isinstance_(value, P.tuple_):
        return P.tuple_(plain(v, digits) for v in value)
    if P.isinstance_(value, P.list_):
        return [plain(v, digits) for v in value]
    if P.isinstance_(value, P.dict_):
        return {plain(k, digits): plain(v, digits) for k, v in value.items()}
    return value


def short(value, limit: int = 120, digits: int = 6) -> str:
    """A one-line plain repr for failure messages, cut so a huge array stays readable."""
    try:
        text = P.repr_(plain(value, digits))
    except Exception:  # an odd object a student returned: its own repr will do
        text = P.repr_(value)
    text = " ".join(text.split())
    return text if P.len_(text) <= limit else text[: limit - 3] + "..."


def a_or_an(word: str) -> str:
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def fail(what: str, expected=None, received=None, hint: str | None = None, *,
         show_values: bool = True):
    message = what
    if show_values:
        wanted, got = short(expected), short(received)
        if wanted == got:  # different values that print alike: show every digit
            wanted, got = short(expected, digits=12), short(received, digits=12)
        message += f"\n  expected: {wanted}\n  received: {got}"
    if hint:
        message += f"\n  hint: {hint}"
    raise CheckFailed(message) from None


def _crash(function, error: Exception, when: str) -> CheckFailed:
    """The one sentence a student reads when their function raised ``error``."""
    name = getattr(function, "__name__", None) or "the function"
    if P.isinstance_(error, _Forbidden):
        return CheckFailed(f"`{name}` calls {error}, which the statement rules out: "
                           "compute it yourself with NumPy.")
    if P.isinstance_(error, NotImplementedError):
        return CheckFailed(f"`{name}` is not written yet: it still raises NotImplementedError.")
    detail = " ".join(str(error).split())
    detail = detail if P.len_(detail) <= 200 else detail[:197] + "..."
    return CheckFailed(f"`{name}` raised {type(error).__name__} when called with "
                       f"{when or 'the test input'}: {detail}")


def call(function, *args, when: str = "", **kwargs):
    """``function(*args, **kwargs)``; if the student's function raises, one plain sentence.

    ``when`` completes "called with ...", e.g. ``"a clustering that has no noise"``.
    """
    __tracebackhide__ = True
    # A warning the answer triggers (a library's deprecation or usage note) would reach
    # stderr, and nbgrader scores a test cell with any stderr output 0: a correct answer
    # must not lose its points to a warning, so warnings are silenced during the call.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return function(*args, **kwargs)
        except Exception as error:  # any crash of the answer becomes a hint, not a traceback
            raise _crash(function, error, when) from None


class _Forbidden(Exception):
    """Raised by the stand-in of a function the statement rules out (its name as message)."""


def call_without(function, forbidden: dict, *args, when: str = "", **kwargs):
    """``call``, with the functions in ``forbidden`` ({name: function}) unavailable.

    For a statement that rules a library function out ("NumPy only"): while the answer
    runs, every reference to a forbidden function in the answer's globals and in the
    loaded modules is swapped for a stand-in that raises, then restored. An answer that
    imported the function (at the top of its cell or inside its body) is told so in
    one sentence; any other answer runs exactly as with ``call``.
    """
    __tracebackhide__ = True
    import sys as _sys

    names = {P.id_(f): n for n, f in forbidden.items()}

    def stand_in(name):
        def refuse(*a, **k):
            raise _Forbidden(name)
        return refuse

    # The checks' own modules keep their references: the test still needs them.
    spaces = [getattr(function, "__globals__", {})] + [
        vars(m) for n, m in P.list_(_sys.modules.items())
        if m is not None and hasattr(m, "__dict__") and not n.startswith("autograder.checks")]
    swapped = [(space, key, value) for space in spaces for key, value in P.list_(space.items())
               if P.id_(value) in names]
    try:
        for space, key, value in swapped:
            space[key] = stand_in(names[P.id_(value)])
        return call(function, *args, when=when, **kwargs)
    finally:
        for space, key, value in swapped:
            space[key] = value


def diagnose(received, mistakes, same) -> str | None:
    """The hint of the first known mistake whose result equals what was received.

    ``mistakes`` is a sequence of ``(value_that_mistake_produces, hint)`` pairs and
    ``same(received, value)`` decides equality (with the tolerance of the check).
    """
    for value, hint in mistakes or ():
        try:
            if same(received, value):
                return hint
        except Exception:  # a mistake of another shape simply does not match
            continue
    return None
