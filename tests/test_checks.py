"""Unit and property-based tests of the check helpers that every test cell relies on."""

import subprocess
import sys
import textwrap

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from autograder import checks  # noqa: E402

labels_strategy = st.lists(st.integers(0, 5), min_size=2, max_size=60).map(np.array)


@settings(max_examples=200, deadline=None)
@given(labels=labels_strategy, data=st.data())
def test_any_relabelling_of_a_partition_is_accepted(labels, data):
    values = np.unique(labels)
    new_names = data.draw(st.lists(st.integers(-1000, 1000), min_size=len(values),
                                   max_size=len(values), unique=True))
    renamed = np.array([new_names[np.searchsorted(values, v)] for v in labels])
    checks.check_partition(renamed, labels)
    assert checks.cluster_sizes(renamed) == checks.cluster_sizes(labels)


@settings(max_examples=200, deadline=None)
@given(labels=labels_strategy, data=st.data())
def test_any_single_moved_point_is_detected(labels, data):
    if len(np.unique(labels)) < 2:
        labels = labels.copy()
        labels[0] = labels[0] + 1
    i = data.draw(st.integers(0, len(labels) - 1))
    others = sorted(set(labels.tolist()) - {labels[i]})
    moved = labels.copy()
    moved[i] = data.draw(st.sampled_from(others))
    with pytest.raises(AssertionError, match="does not group the points"):
        checks.check_partition(moved, labels)


@settings(max_examples=100, deadline=None)
@given(labels=st.lists(st.integers(-1, 4), min_size=3, max_size=40).map(np.array),
       shift=st.integers(1, 50))
def test_noise_is_not_a_cluster(labels, shift):
    renamed = np.where(labels == -1, -1, labels + shift)
    checks.check_partition(renamed, labels, noise=True)
    assert checks.cluster_sizes(labels, noise=True) == checks.cluster_sizes(renamed, noise=True)
    if (labels != -1).any():
        first = int(np.flatnonzero(labels != -1)[0])
        as_noise = labels.copy()
        as_noise[first] = -1
        with pytest.raises(AssertionError):
            checks.check_partition(as_noise, labels, noise=True)


def test_noise_points_become_a_cluster_is_rejected_even_if_partition_looks_equal():
    expected = np.array([-1, -1, 0, 0, 1, 1])
    # The noise points form a "cluster 2": same partition as a plain clustering, but wrong.
    with pytest.raises(AssertionError):
        checks.check_partition(np.array([2, 2, 0, 0, 1, 1]), expected, noise=True)


def test_partition_mistake_is_named_in_the_message():
    expected = np.array([0, 0, 1, 1, 2, 2])
    unscaled = np.array([0, 0, 0, 1, 1, 1])
    with pytest.raises(AssertionError, match="did you scale"):
        checks.check_partition(np.array([5, 5, 5, 7, 7, 7]), expected,
                               mistakes=[(unscaled, "did you scale X first?")])


def test_near_identical_partition_accepted_by_ari_threshold():
    expected = np.repeat([0, 1, 2], 100)
    received = expected.copy()
    received[0] = 1
    checks.check_partition(received, expected, min_ari=0.95)
    with pytest.raises(AssertionError):
        checks.check_partition(received, expected)


@settings(max_examples=100, deadline=None)
@given(st.integers(2, 8), st.integers(1, 4), st.randoms(use_true_random=False))
def test_centroids_in_any_order_are_accepted_and_a_moved_one_is_not(k, d, rnd):
    rng = np.random.default_rng(rnd.randint(0, 10**6))
    centers = rng.normal(scale=10, size=(k, d))
    checks.check_centroids(centers[rng.permutation(k)] + 1e-5, centers, atol=1e-3)
    moved = centers.copy()
    moved[rnd.randrange(k)] += 0.1
    with pytest.raises(AssertionError, match="not where they should be"):
        checks.check_centroids(moved, centers, atol=1e-3)


def test_close_message_says_expected_received_and_hint():
    with pytest.raises(AssertionError) as err:
        checks.check_close(3.5, 2.0, "inertia", hint="look at n_init")
    message = str(err.value)
    assert "expected: 2" in message and "received: 3.5" in message and "n_init" in message


def test_known_mistake_beats_the_generic_hint():
    with pytest.raises(AssertionError, match="UNSCALED"):
        checks.check_close(10.0, 2.0, "inertia", hint="generic",
                           mistakes=[(7.0, "other"), (10.0, "fit on the UNSCALED data?")])


def test_shape_and_type_checks():
    checks.check_shape(np.zeros((3, 2)), (3, 2), "X")
    with pytest.raises(AssertionError, match="wrong shape"):
        checks.check_shape(np.zeros((2, 3)), (3, 2), "X")
    with pytest.raises(AssertionError, match="should be an int"):
        checks.check_type("3", int, "k")
    with pytest.raises(AssertionError, match="received: nan"):
        checks.check_close(float("nan"), 1.0, "score")


def _elbow(ks, values, xlabel="k", ylabel="inertia"):
    fig, ax = plt.subplots()
    ax.plot(ks, values, "o-")
    ax.axvline(4, linestyle="--")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return ax


def test_line_plot_read_through_its_data():
    ks, inertia = [2, 3, 4, 5], [90.0, 50.0, 20.0, 18.0]
    ax = _elbow(ks, inertia)
    checks.check_line_plot(ax, ks, inertia, xlabel_contains="k", ylabel_contains="inertia")
    assert checks.reference_lines(ax, "v") == [4.0]
    assert len(checks.data_lines(ax)) == 1  # the reference line is not a data line
    with pytest.raises(AssertionError, match="no line"):
        checks.check_line_plot(ax, range(len(ks)), inertia)  # plotted against 0..n-1
    with pytest.raises(AssertionError, match="no y-axis label"):
        checks.check_line_plot(_elbow(ks, inertia, ylabel=""), ks, inertia)
    with pytest.raises(AssertionError, match="should be an Axes"):
        checks.check_axes(plt.gcf())
    plt.close("all")


def test_filled_regions_and_bars():
    fig, ax = plt.subplots()
    ax.fill_betweenx(np.arange(5), 0, np.linspace(0.1, 0.5, 5))
    ax.bar([1, 2], [3, 4])
    assert len(checks.filled_regions(ax)) == 1
    assert checks.bars(ax) == [(1.0, 3), (2.0, 4)]
    plt.close("all")


TAMPERING = {
    "numpy.testing and np.allclose": """
        import numpy as np, numpy.testing
        np.testing.assert_allclose = lambda *a, **k: None
        np.allclose = lambda *a, **k: True
        np.array_equal = lambda *a, **k: True
    """,
    "builtins": """
        import builtins
        builtins.isinstance = lambda *a: True
        builtins.AssertionError = type("Nope", (Exception,), {})
    """,
    "the helpers themselves": """
        for name in ("check_close", "check_partition"):
            try:
                setattr(checks, name, lambda *a, **k: None)
            except AttributeError:
                pass
        for mod, name in ((checks.values, "_close"), (checks.partitions, "_matches")):
            try:
                setattr(mod, name, lambda *a, **k: True)
            except AttributeError:
                pass
    """,
}


@pytest.mark.parametrize("patch", TAMPERING.values(), ids=TAMPERING.keys())
def test_checks_still_fail_after_a_submission_tampers(patch):
    script = textwrap.dedent("""
        from autograder import checks   # the read-only setup cell imports it first
    """) + textwrap.dedent(patch) + textwrap.dedent("""
        from autograder import checks   # what a test cell does
        caught = 0
        for call in (lambda: checks.check_close(3.0, 2.0, "x"),
                     lambda: checks.check_partition([0, 1, 1], [0, 0, 1]),
                     lambda: checks.check_equal(3, 2, "k")):
            try:
                call()
            except BaseException:  # any error fails the test cell; only a silent pass is wrong
                caught += 1
        print("caught", caught)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert "caught 3" in out.stdout, out.stdout + out.stderr


def test_messages_print_plain_numbers_and_agree_in_grammar():
    with pytest.raises(AssertionError) as failure:
        checks.check_equal((np.int64(3), np.float64(0.93)), (3, 0.5), "the counts")
    message = str(failure.value)
    assert "np." not in message and "array(" not in message
    assert "received: (3, 0.93)" in message
    assert "the counts: not the expected value" in message
    with pytest.raises(AssertionError, match=r"received: \[0\.1235, 2\.0\]"):
        checks.check_close(np.array([0.123456, 2.0]), np.array([0.0, 2.0]), "x")


def test_a_crashing_answer_becomes_one_sentence():
    def count_clusters(labels):
        return labels[10]
    with pytest.raises(AssertionError) as failure:
        checks.call(count_clusters, [1, 2], when="a clustering that has no noise")
    assert str(failure.value) == ("`count_clusters` raised IndexError when called with a "
                                  "clustering that has no noise: list index out of range")
    assert failure.value.__suppress_context__  # the student's traceback is not chained

    def stub():
        raise NotImplementedError
    with pytest.raises(AssertionError, match="not written yet"):
        checks.call(stub)
    assert checks.call(len, [1, 2]) == 2


def test_a_failed_check_renders_without_the_helpers_frames():
    with pytest.raises(AssertionError) as failure:
        checks.check_close(1.0, 2.0, "the score", hint="did you scale X?")
    rendered = "\n".join(failure.value._render_traceback_())
    assert "autograder/checks" not in rendered and "hint: did you scale X?" in rendered
    assert "checks.check_close(1.0, 2.0" in rendered  # the test line that failed
    assert type(failure.value).__name__ == "AssertionError"


def test_points_count_as_plotted_however_many_calls_drew_them():
    from autograder.checks import regions
    rng = np.random.default_rng(0)
    X = rng.normal(size=(30, 2))
    labels = np.arange(30) % 3
    centroids = np.array([[5.0, 5.0], [-5.0, 5.0], [0.0, -5.0]])
    fig, ax = plt.subplots()
    for k in range(3):  # one scatter per cluster, one marker call per centroid
        ax.scatter(X[labels == k, 0], X[labels == k, 1])
        ax.plot(*centroids[k], "kx")
    regions.check_points_plotted(ax, X, "the data points")
    regions.check_points_plotted(ax, centroids, "the centroids", atol=0.01)
    plt.close(fig)

    fig, ax = plt.subplots()  # one cluster left out; data points are not centroid markers
    for k in range(2):
        ax.scatter(X[labels == k, 0], X[labels == k, 1])
    with pytest.raises(AssertionError, match="does not show the data points"):
        regions.check_points_plotted(ax, X, "the data points")
    with pytest.raises(AssertionError, match="does not show the centroids"):
        regions.check_points_plotted(ax, X[:3], "the centroids", atol=0.01)
    plt.close(fig)


def test_a_forbidden_function_is_named_and_restored_afterwards():
    from sklearn.metrics import silhouette_samples
    X, labels = np.arange(12.0).reshape(6, 2), np.array([0, 0, 0, 1, 1, 1])

    def uses_sklearn(X, labels):
        from sklearn.metrics import silhouette_samples as by_sklearn
        return by_sklearn(X, labels)

    def by_hand(X, labels):
        return np.zeros(len(X))

    with pytest.raises(AssertionError, match="calls silhouette_samples, which the statement rules out"):
        checks.call_without(uses_sklearn, {"silhouette_samples": silhouette_samples}, X, labels)
    assert checks.call_without(by_hand, {"silhouette_samples": silhouette_samples}, X, labels).shape == (6,)
    import sklearn.metrics
    assert sklearn.metrics.silhouette_samples is silhouette_samples  # put back
    assert uses_sklearn(X, labels).shape == (6,)


def _grid_labels(n, low=(-10.0, 10.0), high=(20.0, 30.0)):
    """A grid of n x n nodes from low to high and the labels of a two-centroid model on it."""
    xs, ys = np.linspace(low[0], high[0], n), np.linspace(low[1], high[1], n)
    xx, yy = np.meshgrid(xs, ys)
    labels = (xx + 0.3 * (yy - 20.0) > 5.0).astype(int)
    return xs, ys, xx, yy, labels


@pytest.mark.parametrize("n", [100, 300])
@pytest.mark.parametrize("how", ["contourf", "pcolormesh", "pcolormesh_nearest",
                                 "pcolormesh_flat", "imshow"])
def test_the_region_window_does_not_depend_on_the_drawing_method(how, n):
    from autograder.checks import regions
    xs, ys, xx, yy, Z = _grid_labels(n)  # 100 nodes: cells 0.3 wide, more than atol
    window = (-10.0, 20.0, 10.0, 30.0)  # the nodes' window
    fig, ax = plt.subplots()
    if how == "contourf":
        ax.contourf(xx, yy, Z, levels=[-0.5, 0.5, 1.5])  # bands end at the outer nodes
    elif how == "pcolormesh":
        ax.pcolormesh(xx, yy, Z)  # cells centred on the nodes: half a cell beyond them
    elif how == "pcolormesh_nearest":
        ax.pcolormesh(xs, ys, Z, shading="nearest")
    elif how == "pcolormesh_flat":
        ax.pcolormesh(xx, yy, Z[:-1, :-1], shading="flat")  # the nodes are the cell corners
    else:
        ax.imshow(Z, origin="lower", extent=window, aspect="auto")
    regions.check_region_extent(ax, window, atol=0.1)
    # A window that misses the statement's margin of 0.5 is off by more than half a cell.
    with pytest.raises(AssertionError, match="span the wrong window"):
        regions.check_region_extent(ax, (-9.5, 19.5, 10.5, 29.5), atol=0.1)
    plt.close(fig)


def test_a_coarse_mesh_gets_half_a_cell_and_no_more():
    from autograder.checks import regions
    xs, ys, xx, yy, Z = _grid_labels(11, (-2.0, 10.0), (3.0, 14.0))  # cells 0.5 x 0.4
    fig, ax = plt.subplots()
    ax.pcolormesh(xx, yy, Z)
    extent = regions.region_extent(ax)
    assert extent == pytest.approx((-2.25, 3.25, 9.8, 14.2))
    regions.check_region_extent(ax, (-2.0, 3.0, 10.0, 14.0), atol=0.01)
    with pytest.raises(AssertionError, match="span the wrong window"):
        regions.check_region_extent(ax, (-1.7, 3.0, 10.0, 14.0), atol=0.01)
    plt.close(fig)


def test_centroid_markers_are_matched_one_to_one_among_small_sets():
    from autograder.checks import regions
    rng = np.random.default_rng(1)
    X = rng.normal(size=(60, 2))
    centroids = np.array([[4.0, 4.0], [-4.0, 4.0], [0.0, -4.0]])
    fig, ax = plt.subplots()
    ax.scatter(X[:, 0], X[:, 1])
    ax.plot(*centroids[0], "kx")
    ax.scatter(centroids[1:, 0], centroids[1:, 1], marker="x")
    ax.plot([9.0], [9.0], "r*")  # another marker (a highlighted point) hides nothing
    regions.check_points_plotted(ax, centroids, "the centroids", atol=1e-9)
    plt.close(fig)

    fig, ax = plt.subplots()  # one marker cannot stand for two centroids
    twins = np.array([[4.0, 4.0], [4.0, 4.0 + 1e-3], [0.0, -4.0]])
    ax.scatter(X[:, 0], X[:, 1])
    ax.plot([4.0, 0.0], [4.0, -4.0], "kx")
    with pytest.raises(AssertionError, match="does not show the centroids"):
        regions.check_points_plotted(ax, twins, "the centroids", atol=0.01)
    ax.plot([0.0], [-4.0], "kx")  # a second marker on the same centroid does not help
    with pytest.raises(AssertionError, match="worst is"):
        regions.check_points_plotted(ax, twins, "the centroids", atol=1e-4)
    plt.close(fig)
