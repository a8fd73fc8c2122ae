"""Graded plots are read through their data, never their pixels.

Exercises return a matplotlib ``Axes``; these helpers read its lines, filled regions,
bars, labels and reference lines, and check them against what the plot should show.
"""

from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from . import _pristine as P
from ._report import fail
from .values import check_type


def data_lines(ax):
    """(x, y) arrays of every plotted line that is not a full-axis reference line."""
    return [(P.asarray(line.get_xdata(), dtype=float), P.asarray(line.get_ydata(), dtype=float))
            for line in ax.get_lines() if _reference(line) is None]


def _reference(line: Line2D):
    """('v', x) for an axvline, ('h', y) for an axhline, else None."""
    x, y = P.asarray(line.get_xdata()), P.asarray(line.get_ydata())
    if P.len_(x) == 2 and x[0] == x[1] and P.tuple_(P.asarray(y, dtype=float)) == (0.0, 1.0):
        return ("v", P.float_(x[0]))
    if P.len_(y) == 2 and y[0] == y[1] and P.tuple_(P.asarray(x, dtype=float)) == (0.0, 1.0):
        return ("h", P.float_(y[0]))
    return None


def reference_lines(ax, orientation: str):
    """Positions of the vertical ('v') or horizontal ('h') reference lines."""
    found = [_reference(line) for line in ax.get_lines()]
    return [pos for kind_pos in found if kind_pos and kind_pos[0] == orientation
            for pos in [kind_pos[1]]]


def filled_regions(ax):
    """Vertices of every filled region (fill_between / fill_betweenx / fill)."""
    return [P.asarray(path.vertices) for coll in ax.collections
            if P.isinstance_(coll, PolyCollection) for path in coll.get_paths()]


def bars(ax):
    """(x, height) of every bar drawn with ``ax.bar`` (rectangles in bar containers)."""
    return [(rect.get_x() + rect.get_width() / 2, rect.get_height())
            for container in ax.containers for rect in container
            if P.isinstance_(rect, Rectangle)]


def check_axes(ax, name: str = "the function's return value"):
    return check_type(ax, Axes, name, hint="return the Axes you drew on, e.g. `return ax` "
                      "after `fig, ax = plt.subplots()`.")


def check_labelled(ax, name: str = "the plot", *, title: bool = False):
    """Both axes labelled (and a title when asked): a plot a reader can understand."""
    check_axes(ax)
    wanted = [("x-axis label", ax.get_xlabel()), ("y-axis label", ax.get_ylabel())]
    if title:
        wanted.append(("title", ax.get_title()))
    for what, text in wanted:
        if not text.strip():
            fail(f"{name} has no {what}.", hint="label every axis: ax.set_xlabel(...), "
                 "ax.set_ylabel(...)" + (", ax.set_title(...)" if title else ""),
                 show_values=False)


def check_line_plot(ax, x, y, name: str = "the plot", *, rtol: float = 1e-6,
                    atol: float = 1e-9, xlabel_contains: str | None = None,
                    ylabel_contains: str | None = None, hint: str | None = None):
    """The Axes holds a line through exactly these (x, y) points, with labelled axes."""
    check_labelled(ax, name)
    x, y = P.asarray(x, dtype=float), P.asarray(y, dtype=float)
    lines = data_lines(ax)
    if not lines:
        fail(f"{name} has no line on it.", hint="draw with ax.plot(x, y).", show_values=False)
    for lx, ly in lines:
        if (lx.shape == x.shape and ly.shape == y.shape
                and P.allclose(lx, x, rtol=rtol, atol=atol)
                and P.allclose(ly, y, rtol=rtol, atol=atol)):
            break
    else:
        lx, ly = lines[0]
        fail(f"no line on {name} goes through the expected points.",
             {"x": x, "y": y}, {"x": lx, "y": ly},
             hint or "plot the values against the right x (e.g. the k values, not 0..n-1).")
    for what, text, wanted in (("x-axis label", ax.get_xlabel(), xlabel_contains),
                               ("y-axis label", ax.get_ylabel(), ylabel_contains)):
        if wanted and wanted.lower() not in text.lower():
            fail(f"the {what} of {name} should mention '{wanted}'.", wanted, text)
    return ax
