"""Check helpers for the course's test cells: ``from autograder import checks``.

Every check raises ``AssertionError`` with what was expected, what was received and a
hint about the likely mistake. Checks compare clusterings as partitions and centroids
by a minimum-cost matching, never raw labels, and read plots through their data.
"""

from . import _pristine  # noqa: F401  (captures numpy/builtins before student code runs)
from ._report import call, call_without
from .centroids import check_centroids, match_centroids
from .figures import (bars, check_axes, check_labelled, check_line_plot, data_lines,
                      filled_regions, reference_lines)
from .partitions import check_n_clusters, check_partition, cluster_sizes, same_partition
from .values import (check_array_close, check_close, check_equal, check_in_range,
                     check_shape, check_type)

# Import every helper module of the package (lesson-specific ones such as
# ``checks.silhouette`` included), then freeze them all: no name can be rebound.
import importlib as _importlib  # noqa: E402
import pkgutil as _pkgutil  # noqa: E402

from . import _frozen  # noqa: E402

for _info in _pkgutil.iter_modules(__path__):
    _frozen.freeze(_importlib.import_module(f"{__name__}.{_info.name}").__name__)
_frozen.freeze(__name__)

__all__ = [
    "bars", "call", "call_without", "check_array_close", "check_axes", "check_centroids", "check_close",
    "check_equal", "check_in_range", "check_labelled", "check_line_plot",
    "check_n_clusters", "check_partition", "check_shape", "check_type", "cluster_sizes",
    "data_lines", "filled_regions", "match_centroids", "reference_lines", "same_partition",
]
