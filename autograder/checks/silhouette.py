"""Silhouette coefficients and silhouette diagrams, checked through their data.

A silhouette diagram draws one horizontal "knife" per cluster: the cluster's
silhouette coefficients, sorted, one per row (so the knife is as tall as the cluster
is big), filled from 0 with ``ax.fill_betweenx``; the knives are stacked without
overlapping, and a dashed vertical line (``ax.axvline(score, linestyle="--")``) marks
the silhouette score, the mean coefficient over all instances.

Use in a test cell::

    from autograder.checks import silhouette
    ax = plot_silhouette_diagram(X, labels)
    silhouette.check_silhouette_diagram(ax, labels, silhouette.reference_coefficients(X, labels))

Import this module in a lesson's read-only setup cell as well
(``from autograder.checks import silhouette``): it then captures scikit-learn's
``silhouette_samples`` before any student code runs, so a submission that monkeypatches
it cannot change the expected values. Everything else comes from ``_pristine``.
"""

import builtins as _builtins
from collections import namedtuple

from sklearn.metrics import silhouette_samples as _silhouette_samples

from . import _pristine as P
from ._report import diagnose, fail
from .figures import check_axes, check_labelled, filled_regions
from .values import check_type

Knife = namedtuple("Knife", "bottom top widths")
Knife.__doc__ = """One filled region of a silhouette diagram.

``widths`` holds the horizontal extent of the region at each distinct height, bottom
to top (one value per instance when the knife is drawn one row per instance), so
``len(widths)`` is the number of instances the knife shows."""

_any = _builtins.any
_enumerate = _builtins.enumerate
_range = _builtins.range
_SOLID = ("-", "solid", "None", "none", " ", "")


def reference_coefficients(X, labels):
    """scikit-learn's silhouette coefficients (captured before student code ran)."""
    return P.asarray(_silhouette_samples(X, labels), dtype=float)


def _knife(vertices) -> Knife:
    """Read a fill_betweenx polygon: at each height, the x farthest from 0 is the width."""
    xs, ys = vertices[:, 0], vertices[:, 1]
    finite = P.isfinite(xs) & P.isfinite(ys)
    xs, ys = xs[finite], ys[finite]
    levels = P.unique(ys)
    widths = []
    for level in levels:
        at_level = xs[ys == level]
        widths.append(at_level[P.abs_(at_level).argmax()])
    return Knife(P.float_(levels[0]), P.float_(levels[-1]), P.asarray(widths, dtype=float))


def _bar_knife(container):
    """Read one ``ax.barh`` call (a horizontal BarContainer): one bar per row."""
    rows = []
    for rect in container:
        left, right = P.float_(rect.get_x()), P.float_(rect.get_x() + rect.get_width())
        rows.append((P.float_(rect.get_y() + rect.get_height() / 2),
                     right if P.abs_(right) >= P.abs_(left) else left))
    rows = P.sorted_(rows)
    return Knife(rows[0][0], rows[-1][0], P.asarray([w for _, w in rows], dtype=float))


def knives(ax) -> list:
    """Every filled region (``fill_betweenx``) and every ``barh`` call of the Axes, read
    as a ``Knife``, lowest first."""
    found = [_knife(P.asarray(v, dtype=float)) for v in filled_regions(ax)
             if P.len_(v) > 0]
    found += [_bar_knife(c) for c in ax.containers
              if getattr(c, "orientation", None) == "horizontal" and P.len_(c) > 0]
    return P.sorted_(found, key=lambda knife: knife.bottom)


def knife_sizes(ax) -> tuple:
    """Number of instances shown by each knife (distinct heights), largest first."""
    return P.tuple_(P.sorted_((P.len_(k.widths) for k in knives(ax)), reverse=True))


def mean_lines(ax) -> list:
    """(x, dashed?) for every full-height vertical reference line (``ax.axvline``)."""
    found = []
    for line in ax.get_lines():
        x, y = P.asarray(line.get_xdata()), P.asarray(line.get_ydata())
        if (P.len_(x) == 2 and x[0] == x[1]
                and P.tuple_(P.asarray(y, dtype=float)) == (0.0, 1.0)):
            found.append((P.float_(x[0]), line.get_linestyle() not in _SOLID))
    return found


def _cluster_coefficients(labels, coefficients) -> list:
    """(label, size, sorted coefficients) for every cluster, in label order."""
    labels = P.asarray(labels)
    coefficients = P.asarray(coefficients, dtype=float)
    return [(label, P.int_((labels == label).sum()), P.sort(coefficients[labels == label]))
            for label in P.unique(labels)]


def check_silhouette_diagram(ax, labels, coefficients, *, score=None, atol: float = 1e-6,
                             name: str = "the silhouette diagram", line_mistakes=(),
                             ordered: bool = False):
    """``ax`` is a silhouette diagram of this clustering.

    Checks, each with its own message: an Axes with labelled axes; exactly one filled
    region per cluster; knives that do not overlap; each knife as tall as its cluster is
    big; each knife's widths sorted and equal to its cluster's coefficients (knives are
    matched to clusters by content); with ``ordered``, knives stacked in increasing label
    order from bottom to top; a dashed vertical line at ``score`` (default: the mean of
    ``coefficients``). A knife is one ``fill_betweenx`` region or one ``barh`` call, its
    coefficients sorted in either direction.
    ``line_mistakes``: ``(x_a_mistake_puts_the_line_at, hint)`` pairs.
    """
    check_axes(ax)
    check_labelled(ax, name)
    clusters = _cluster_coefficients(labels, coefficients)
    found = knives(ax)
    if P.len_(found) != P.len_(clusters):
        values = [P.int_(label) for label, _, _ in clusters]
        if P.len_(found) < P.len_(clusters) and values != P.list_(_range(P.len_(values))):
            hint = (f"loop over the distinct labels (np.unique(labels)): here they are "
                    f"{values}, not 0..k-1, so a loop over range(k) draws empty knives.")
        else:
            hint = ("call ax.fill_betweenx once per distinct label (np.unique(labels)), with "
                    "that cluster's coefficients only.")
        fail(f"{name} should have one filled region (knife) per cluster.",
             P.len_(clusters), P.len_(found), hint)
    for lower, upper in P.zip_(found, found[1:]):
        if upper.bottom < lower.top:
            fail(f"two knives of {name} overlap (one spans heights {lower.bottom:g} to "
                 f"{lower.top:g}, the next starts at {upper.bottom:g}).",
                 hint="start each knife above the previous one: move the lower edge up by "
                 "the cluster size (plus a small gap) after drawing it.", show_values=False)
    expected_sizes = P.sorted_((size for _, size, _ in clusters), reverse=True)
    found_sizes = P.sorted_((P.len_(k.widths) for k in found), reverse=True)
    if found_sizes != expected_sizes:
        fail(f"the knives of {name} should be as tall as the clusters are big (one row per "
             "instance); sizes below, largest first.", P.tuple_(expected_sizes),
             P.tuple_(found_sizes), "draw a cluster with ax.fill_betweenx(np.arange(lower, "
             "lower + size), 0, its_sorted_coefficients).")
    for knife in found:
        if P.abs_((knife.top - knife.bottom) - (P.len_(knife.widths) - 1)) > 1e-6:
            fail(f"a knife of {name} is not drawn one row per instance: its {P.len_(knife.widths)} "
                 f"rows span a height of {knife.top - knife.bottom:g} instead of "
                 f"{P.len_(knife.widths) - 1}, so its height does not show the cluster size.",
                 hint="use rows = np.arange(lower, lower + size): consecutive integers, one row "
                 "(height 1) per instance.", show_values=False)
    for knife in found:
        steps = knife.widths[1:] - knife.widths[:-1]
        if not (bool((steps >= -atol).all()) or bool((steps <= atol).all())):
            fail(f"a knife of {name} is not sorted.", hint="sort each cluster's "
                 "coefficients (np.sort) before drawing it.", show_values=False)
    unmatched = P.asarray([True] * P.len_(clusters))
    order = []
    for knife in found:
        widths = P.sort(knife.widths)
        for i, (label, size, expected) in _enumerate(clusters):
            if unmatched[i] and size == P.len_(widths) and P.allclose(widths, expected,
                                                                      rtol=0, atol=atol):
                unmatched[i] = False
                order.append(i)
                break
        else:
            fail(f"a knife of {name} does not show the silhouette coefficients of any one "
                 "cluster.", hint="each knife shows the coefficients of the instances of one "
                 "cluster (labels == that_cluster), nothing else.", show_values=False)
    if ordered and order != P.sorted_(order):
        fail(f"the knives of {name} are not in increasing label order from bottom to top "
             "(knife labels listed bottom to top below).",
             [P.int_(clusters[i][0]) for i in P.sorted_(order)],
             [P.int_(clusters[i][0]) for i in order],
             "draw the clusters in the order of np.unique(labels), starting at the bottom "
             "and moving up.")
    score = P.float_(P.asarray(coefficients, dtype=float).mean()) if score is None else score
    lines = mean_lines(ax)
    at_score = [dashed for x, dashed in lines if P.abs_(x - score) <= atol]
    if not at_score:
        positions = [x for x, _ in lines]
        same = lambda r, v: _any(P.abs_(x - v) <= atol for x in r)  # noqa: E731
        fail(f"{name} should have a vertical line at the silhouette score.", P.round_(score, 4),
             [P.round_(x, 4) for x in positions] or "no vertical line",
             diagnose(positions, line_mistakes, same)
             or "draw ax.axvline(score, linestyle='--') with score = the mean coefficient "
             "of ALL instances (silhouette_score).")
    if not _any(at_score):
        fail(f"the line at the silhouette score on {name} should be dashed.",
             hint="ax.axvline(score, linestyle='--')", show_values=False)
    return ax


def check_new_axes(ax, existing, name: str = "the function"):
    """``ax`` was created by the call: not one of the Axes in ``existing`` (made before)."""
    check_axes(ax)
    if _any(ax is old or ax.figure is old.figure for old in existing):
        fail(f"with ax=None, {name} should create a new figure and Axes, but it drew on an "
             "existing one.", hint="create them with fig, ax = plt.subplots(); plt.gca() "
             "returns the current Axes, which may belong to another figure.",
             show_values=False)
    return ax


def check_drawn_on(ax_given, ax_current, name: str = "the function"):
    """The knives are on the Axes that was passed in, not on the current Axes."""
    if not knives(ax_given) and knives(ax_current):
        fail(f"{name} drew on the current Axes (plt.fill_betweenx, plt.axvline ...) instead "
             "of the ax it was given, which stays empty.", hint="draw with ax.fill_betweenx, "
             "ax.axvline, ax.set_xlabel ... on the ax argument.", show_values=False)
    return ax_given


def check_int_list(value, name: str, *, sort: bool = True):
    """A list of plain Python ints (sorted when ``sort``)."""
    check_type(value, P.list_, name, hint="return a Python list, e.g. [int(c) for c in ...].")
    odd = [v for v in value if type(v) is not P.int_]
    if odd:
        fail(f"{name} should hold plain Python ints, not {type(odd[0]).__name__}.",
             hint="convert each label with int(c) (np.unique gives NumPy integers).",
             show_values=False)
    if sort and value != P.sorted_(value):
        fail(f"{name} should be sorted in increasing order.", P.sorted_(value), value,
             "return sorted(...) of the labels.")
    return value


def fraction_below(labels, coefficients, score=None) -> dict:
    """label -> fraction of that cluster's instances whose coefficient is below ``score``
    (default: the mean coefficient, i.e. the silhouette score)."""
    labels = P.asarray(labels)
    coefficients = P.asarray(coefficients, dtype=float)
    score = coefficients.mean() if score is None else score
    return {label.item(): P.float_((coefficients[labels == label] < score).mean())
            for label in P.unique(labels)}


def weak_clusters_of(coefficients, labels, fraction: float = 1.0, *, line=None,
                     by_mean: bool = False, above: bool = False, strict: bool = False,
                     or_equal: bool = False, own_mean: bool = False, only=None) -> list:
    """Labels (sorted, plain ints) of the clusters in which at least ``fraction`` of the
    instances have a coefficient strictly below ``line`` (default: the silhouette score,
    the mean of all coefficients). With ``fraction=1.0``: the knives that stop short of
    the dashed line. The keyword flags compute what a known mistake gives instead:
    ``by_mean`` (the cluster's mean coefficient below the line), ``above`` (instances
    above the line), ``strict`` (more than ``fraction``), ``or_equal`` (at or below the
    line), ``own_mean`` (below the cluster's own mean), ``only`` (these labels only, e.g.
    ``range(k)``)."""
    coefficients = P.asarray(coefficients, dtype=float)
    labels = P.asarray(labels)
    line = P.float_(coefficients.mean()) if line is None else line
    result = []
    for c in (P.unique(labels) if only is None else only):
        members = coefficients[labels == c]
        if not P.len_(members):
            continue
        ref = members.mean() if own_mean else line
        below = members > ref if above else members <= ref if or_equal else members < ref
        share = below.mean()
        if (members.mean() < line if by_mean else
                share > fraction if strict else share >= fraction):
            result.append(P.int_(c))
    return result


def weak_cluster_mistakes(coefficients, labels, fraction: float = 1.0, *,
                          default: bool = False) -> list:
    """``(what the mistake returns, hint)`` for every known mistake of ``weak_clusters``
    (``default``: the call left ``fraction`` at its default, 1.0)."""
    coefficients = P.asarray(coefficients, dtype=float)
    labels = P.asarray(labels)
    clusters = P.unique(labels)
    cluster_means = P.float_(P.asarray([coefficients[labels == c].mean()
                                        for c in clusters]).mean())
    found = []
    if default:
        found.append((weak_clusters_of(coefficients, labels, 0.5),
                      "the default is fraction=1.0 (the knives that stop short entirely), "
                      "not 0.5."))
    found += [
        (weak_clusters_of(coefficients, labels, fraction, strict=True),
         "a cluster with exactly `fraction` of its instances below counts as weak: use AT "
         "LEAST (>=), not more than (>); with the default fraction=1.0, > finds nothing."),
        (weak_clusters_of(coefficients, labels, fraction, by_mean=True),
         "count the instances below the score; do not compare the cluster's MEAN coefficient."),
        (weak_clusters_of(coefficients, labels, fraction, line=cluster_means),
         "the score is the mean coefficient over ALL instances, not the mean of the "
         "per-cluster means (clusters differ in size)."),
        (weak_clusters_of(coefficients, labels, fraction, own_mean=True),
         "compare every instance with the silhouette score of the whole clustering, not with "
         "its own cluster's mean."),
        (weak_clusters_of(coefficients, labels, fraction, line=0.0),
         "compare with the silhouette score (the dashed line), not with 0."),
        (weak_clusters_of(coefficients, labels, fraction, or_equal=True),
         "an instance exactly at the score is not strictly below it: use <, not <=."),
        (weak_clusters_of(coefficients, labels, 1.0),
         "use the `fraction` argument: these are only the clusters with ALL of their "
         "instances below the score (the default fraction=1.0)."),
        (weak_clusters_of(coefficients, labels, 0.5),
         "use the `fraction` argument instead of a fixed 0.5."),
        (weak_clusters_of(coefficients, labels, fraction, only=_range(P.len_(clusters))),
         "labels may be any integers, not 0..k-1: loop over np.unique(labels), not range(k)."),
        (weak_clusters_of(coefficients, labels, fraction, above=True),
         "these are the clusters ABOVE the line: count the instances strictly BELOW the score."),
    ]
    return found
