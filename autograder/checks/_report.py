"""How a failed check is worded: what was expected, what came back, and a hint."""

from . import _pristine as P


def short(value, limit: int = 120) -> str:
    """A one-line repr for failure messages, cut so a huge array stays readable."""
    if P.isinstance_(value, P.ndarray):
        text = P.repr_(value.round(4) if value.dtype.kind == "f" else value)
    elif P.isinstance_(value, P.floating) or P.isinstance_(value, P.float_):
        text = f"{value:.6g}"
    else:
        text = P.repr_(value)
    text = " ".join(text.split())
    return text if P.len_(text) <= limit else text[: limit - 3] + "..."


def fail(what: str, expected=None, received=None, hint: str | None = None, *,
         show_values: bool = True):
    message = what
    if show_values:
        message += f"\n  expected: {short(expected)}\n  received: {short(received)}"
    if hint:
        message += f"\n  hint: {hint}"
    raise P.AssertionError_(message)


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
