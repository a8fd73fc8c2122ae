"""Decision-region plots read through their data: ``from autograder.checks import regions``.

A decision-region plot colours the plane by the cluster (or class) a model gives each
point, then draws the data and the centroids on top. These helpers read such a plot
back from its ``Axes``:

- ``region_values(ax, points)``: the value the coloured layer shows under each point,
  whether it was drawn with ``ax.imshow``, ``ax.pcolormesh`` or ``ax.contourf``;
- ``check_regions``: those values group the points as the model does (compared as a
  partition, so colour numbering does not matter);
- ``region_extent`` / ``check_region_extent``: the window the coloured layer spans,
  within half a cell of the grid, so that cells centred on the grid nodes
  (``pcolormesh``, ``imshow``) and bands that end at the nodes (``contourf``) pass alike;
- ``plotted_points`` / ``check_points_plotted``: the points drawn with ``ax.scatter`` or
  ``ax.plot`` markers, and that a given set of points (data, centroids) is among them.

Import this module in the read-only setup cell (``from autograder.checks import
regions``) so that, like the other helpers, it captures numpy before student code runs.
"""

import numpy as _np
from matplotlib.collections import PathCollection, QuadMesh
from matplotlib.contour import ContourSet
from matplotlib.image import AxesImage
from matplotlib.path import Path

from . import _pristine as P
from ._report import diagnose, fail
from .centroids import _centroids_close, match_centroids
from .figures import check_axes, data_lines
from .partitions import _matches, check_partition

_floor = _np.floor
_full = _np.full
_searchsorted = _np.searchsorted
_column_stack = _np.column_stack
_concatenate = _np.concatenate
_zeros = _np.zeros
_diff = _np.diff
_ma_getdata = _np.ma.getdata
_ma_getmaskarray = _np.ma.getmaskarray
_NO_REGION = -999_999  # value for a point that no coloured region covers


def _region_artists(ax):
    """The artists that colour the plane: images, meshes and filled contours."""
    found = [im for im in ax.images if P.isinstance_(im, AxesImage)]
    found += [c for c in ax.collections if P.isinstance_(c, QuadMesh)
              or (P.isinstance_(c, ContourSet) and c.filled)]
    return found


def _cell_index(values, edge0, edge1, n):
    """Index of the cell (0..n-1) holding each value on an axis split evenly from edge0 to edge1."""
    index = _floor((values - edge0) / (edge1 - edge0) * n)
    return index, (index >= 0) & (index < n)


def _image_values(image, points):
    array = P.asarray(image.get_array())
    if array.ndim != 2:  # an RGB(A) image: no single value per pixel to compare
        return None
    left, right, bottom, top = image.get_extent()
    row0, row_end = (bottom, top) if image.origin == "lower" else (top, bottom)
    rows, ok_r = _cell_index(points[:, 1], row0, row_end, array.shape[0])
    cols, ok_c = _cell_index(points[:, 0], left, right, array.shape[1])
    ok = ok_r & ok_c
    values = _full(P.len_(points), _NO_REGION, dtype=float)
    values[ok] = array[rows[ok].astype(int), cols[ok].astype(int)]
    return values


def _mesh_values(mesh, points):
    coords = P.asarray(mesh.get_coordinates(), dtype=float)  # (rows + 1, cols + 1, 2) corners
    array = _ma_getdata(mesh.get_array())
    rows_, cols_ = coords.shape[0] - 1, coords.shape[1] - 1
    if P.asarray(array).size != rows_ * cols_:
        return None
    array = P.asarray(array, dtype=float).reshape(rows_, cols_)
    # A grid built with meshgrid ("xy") runs x along the columns; one built with np.mgrid
    # or meshgrid(..., indexing="ij") runs x along the rows: read both the same way.
    if P.abs_(coords[-1, 0, 0] - coords[0, 0, 0]) > P.abs_(coords[0, -1, 0] - coords[0, 0, 0]):
        coords = coords.transpose(1, 0, 2)
        array = array.T
    x_edges, y_edges = coords[0, :, 0], coords[:, 0, 1]
    values = _full(P.len_(points), _NO_REGION, dtype=float)
    cols, rows = [], []
    for edges, coord, out in ((x_edges, points[:, 0], cols), (y_edges, points[:, 1], rows)):
        flip = edges[-1] < edges[0]
        e = edges[::-1] if flip else edges
        index = _searchsorted(e, coord, side="right") - 1
        inside = (coord >= e[0]) & (coord <= e[-1])
        index[index == P.len_(e) - 1] = P.len_(e) - 2  # a point on the last edge
        if flip:
            index = P.len_(e) - 2 - index
        out.append((index, inside))
    (c, ok_c), (r, ok_r) = cols[0], rows[0]
    ok = ok_c & ok_r
    values[ok] = array[r[ok], c[ok]]
    return values


def _contour_values(contours, points):
    """Index of the filled band holding each point.

    A band is one compound path: outer rings with holes cut out where other bands lie.
    ``Path.contains_points`` does not reliably subtract the holes, so each ring is tested
    on its own and the results combined with the even-odd rule (inside an odd number of
    rings = inside the band).
    """
    values = _full(P.len_(points), _NO_REGION, dtype=float)
    for level, path in P.zip_(range(10_000), contours.get_paths()):
        if P.len_(path.vertices) == 0:
            continue
        inside = _zeros(P.len_(points), dtype=bool)
        for ring in path.to_polygons():
            inside ^= Path(ring).contains_points(points)
        values[inside & (values == _NO_REGION)] = level
    return values


def region_values(ax, points):
    """The value the coloured layer shows under each point (one float per point).

    Points outside every coloured region get -999999. The first image, mesh or filled
    contour set on the Axes is read; ``None`` when the Axes has none.
    """
    points = P.asarray(points, dtype=float)
    for artist in _region_artists(ax):
        if P.isinstance_(artist, AxesImage):
            values = _image_values(artist, points)
        elif P.isinstance_(artist, QuadMesh):
            values = _mesh_values(artist, points)
        else:
            values = _contour_values(artist, points)
        if values is not None:
            return values
    return None


def _layer_extent(ax):
    """(extent, half cell) of the coloured layer read by ``region_values``; (None, None) if none.

    ``extent`` is (x_min, x_max, y_min, y_max) of what is coloured; ``half`` is half the
    width and half the height of one cell of its grid: an image's pixel, a mesh's widest
    cell, 0 for filled contours, whose bands end exactly at the outer grid nodes.
    """
    for artist in _region_artists(ax):
        if P.isinstance_(artist, AxesImage):
            array = P.asarray(artist.get_array())
            if array.ndim != 2:
                continue
            left, right, bottom, top = artist.get_extent()
            corners = P.asarray([[left, bottom], [right, top]], dtype=float)
            half = (P.abs_(right - left) / array.shape[1] / 2,
                    P.abs_(top - bottom) / array.shape[0] / 2)
        elif P.isinstance_(artist, QuadMesh):
            grid = P.asarray(artist.get_coordinates(), dtype=float)  # (rows + 1, cols + 1, 2)
            corners = grid.reshape(-1, 2)
            steps = [P.abs_(_diff(grid, axis=axis)) for axis in (0, 1)]
            half = tuple(P.float_(P.max_([step[..., c].max(initial=0.0) for step in steps])) / 2
                         for c in (0, 1))
        else:
            paths = [path.vertices for path in artist.get_paths() if P.len_(path.vertices)]
            if not paths:
                continue
            corners = _concatenate(paths).astype(float)
            half = (0.0, 0.0)
        low, high = corners.min(axis=0), corners.max(axis=0)
        extent = (P.float_(low[0]), P.float_(high[0]), P.float_(low[1]), P.float_(high[1]))
        return extent, (P.float_(half[0]), P.float_(half[1]))
    return None, None


def region_extent(ax):
    """(x_min, x_max, y_min, y_max) of the coloured layer read by ``region_values``; None if none."""
    return _layer_extent(ax)[0]


def check_region_extent(ax, expected, name: str = "the coloured regions", *,
                        atol: float = 0.1, hint: str | None = None):
    """The coloured layer spans ``expected`` = (x_min, x_max, y_min, y_max).

    ``expected`` is the window of the grid's nodes. Each edge may be off by ``atol`` plus
    half a cell of the layer's own grid: ``pcolormesh`` and ``imshow`` centre a cell on
    every node, so they colour half a cell beyond the outer nodes, while ``contourf``
    stops at them. The same grid passes whichever of them drew it; a window typed in by
    hand or built from other data is off by far more than half a cell.
    """
    check_axes(ax)
    extent, half = _layer_extent(ax)
    if extent is None:  # ``hint`` is about the window: this failure is about the colours
        fail(f"{name}: the plot has no coloured regions.", show_values=False,
             hint="colour the plane by the predicted labels with ax.contourf(xx, yy, Z, ...), "
             "ax.imshow(Z, extent=..., origin='lower') or ax.pcolormesh(xx, yy, Z).")
    expected = P.asarray(expected, dtype=float)
    tolerance = P.asarray([atol + half[0], atol + half[0], atol + half[1], atol + half[1]])
    if not (P.abs_(P.asarray(extent) - expected) <= tolerance).all():
        fail(f"{name} span the wrong window (x_min, x_max, y_min, y_max).",
             expected, P.asarray(extent), hint)
    return extent


def check_regions(ax, points, expected_labels, name: str = "the coloured regions", *,
                  min_ari: float = 0.95, hint: str | None = None, mistakes=()):
    """Under ``points`` the coloured layer groups them as ``expected_labels`` does.

    Compared as partitions (any colour numbering is fine) with an adjusted Rand index of
    at least ``min_ari``, which forgives the few points a coarse grid puts in the
    neighbouring cell. ``mistakes`` pairs labels a known mistake gives with its hint,
    recognised with the same ``min_ari`` tolerance.
    """
    check_axes(ax)
    values = region_values(ax, points)
    if values is None:
        fail(f"{name}: the plot has no coloured regions.", show_values=False,
             hint=hint or "colour the plane with ax.contourf(xx, yy, Z, ...), "
             "ax.imshow(Z, extent=..., origin='lower') or ax.pcolormesh(xx, yy, Z).")
    uncovered = P.sum_(values == _NO_REGION)
    extent = region_extent(ax)
    if uncovered > 0.02 * P.len_(values) and extent is not None:
        pts = P.asarray(points, dtype=float)
        x0, x1, y0, y1 = extent
        inside = ((pts[:, 0] >= x0) & (pts[:, 0] <= x1) & (pts[:, 1] >= y0) & (pts[:, 1] <= y1))
        if P.sum_((values == _NO_REGION) & inside) > 0.5 * uncovered:
            # The window covers the points, yet some of them lie in no colour band.
            fail(f"some cells have no colour: {P.int_(uncovered)} of {P.len_(values)} points "
                 "lie inside the plot's window but in no coloured region.", show_values=False,
                 hint="give every label its own colour band: with contourf, pass "
                 "levels=np.arange(k + 1) - 0.5 with k = model.n_clusters (not a fixed k).")
    if uncovered > 0.02 * P.len_(values):
        # Its own hint: ``hint`` is about the colours, this failure is about the window.
        fail(f"the coloured regions do not cover the data: {P.int_(uncovered)} of "
             f"{P.len_(values)} points lie outside every coloured region.", show_values=False,
             hint="build the grid from the minimum to the maximum of each feature of X "
             "(plus a margin), not from fixed numbers.")
    # A known mistake is recognised with the same tolerance as the right answer: the grid
    # blurs a mistaken picture near its borders just as it blurs a right one.
    if not _matches(values, expected_labels, min_ari, False):
        hint = diagnose(values, mistakes, lambda got, labels: _matches(got, labels, min_ari, False)) or hint
    return check_partition(values, expected_labels, name, min_ari=min_ari, hint=hint)


def plotted_points(ax):
    """Every set of points drawn with ``ax.scatter`` or ``ax.plot``, as (n, 2) arrays."""
    sets = [P.asarray(c.get_offsets(), dtype=float) for c in ax.collections
            if P.isinstance_(c, PathCollection)]
    sets += [_column_stack([x, y]) for x, y in data_lines(ax)]
    return [s for s in sets if s.ndim == 2 and s.shape[1] == 2]


def _all_rows_drawn(sets, points) -> bool:
    """Every row of ``points`` is drawn, exactly, by one of ``sets`` (split any way)."""
    drawn = {P.tuple_(row) for s in sets for row in s.tolist()}
    missing = [row for row in points.tolist() if P.tuple_(row) not in drawn]
    return P.len_(points) > 0 and not missing


def _markers_close(sets, points, atol) -> bool:
    """Every row of ``points`` has its own marker within ``atol`` among the small sets.

    Small sets (at most as many points as expected) are the candidate markers, pooled
    whatever the number of calls that drew them; a large set (the data) is never read as
    markers. Each expected point is matched to a distinct marker (minimum-cost
    assignment), so one marker cannot stand for two centroids; other small markers
    (a highlighted point, a legend proxy) do not hide the centroids.
    """
    small = [s for s in sets if 0 < P.len_(s) <= P.len_(points)]
    if not small or P.len_(points) == 0:
        return False
    pooled = _concatenate(small)
    if P.len_(pooled) < P.len_(points):
        return False
    *_, dist = match_centroids(pooled, points)
    return P.len_(dist) == P.len_(points) and bool(P.max_(dist) <= atol)


def check_points_plotted(ax, points, name: str, *, atol: float | None = None,
                         hint: str | None = None):
    """The plot shows these points, however many ``scatter`` or ``plot`` calls drew them.

    Without ``atol`` (the data) every point must be drawn exactly, in one call or split
    over several (one scatter per cluster is as good as one scatter with colours). With
    ``atol`` (centroids) each expected point needs its own marker within ``atol``, drawn
    by one call or by several small ones (one marker per centroid); the data's own points
    never count as centroid markers, since a large set is not read as markers.
    """
    check_axes(ax)
    points = P.asarray(points, dtype=float)
    sets = plotted_points(ax)
    if atol is None:
        if _all_rows_drawn(sets, points):
            return points
    elif _markers_close(sets, points, atol):
        return points
    sizes = [P.len_(s) for s in sets]
    if not sets:
        drawn = "the plot has no points drawn with scatter or plot"
    elif atol is None:
        drawn_rows = {P.tuple_(row) for s in sets for row in s.tolist()}
        missing = P.sum_([P.tuple_(row) not in drawn_rows for row in points.tolist()])
        drawn = (f"{P.int_(missing)} of them are not drawn (the plot's scatter / plot calls "
                 f"draw {P.sum_(sizes)} points in all, in sets of {sizes})")
    else:
        drawn = f"the plot has point sets of sizes {sizes}"
        small = [s for s in sets if 0 < P.len_(s) <= P.len_(points)]
        pooled = _concatenate(small) if small else None
        if pooled is not None and P.len_(pooled) >= P.len_(points):
            *_, dist = match_centroids(pooled, points)
            drawn += (f"; matched to the nearest of the {P.len_(pooled)} small markers, the "
                      f"worst is {P.max_(dist):.3g} away")
    fail(f"the plot does not show {name} ({P.len_(points)} points): {drawn}.", show_values=False,
         hint=hint or f"draw {name} with ax.scatter(x, y) or ax.plot(x, y, 'o').")
