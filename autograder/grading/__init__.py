"""``python -m autograder grade``: grade a whole class in parallel, isolated and resumable.

- ``submissions``: find the submissions (nbgrader's ``submitted/`` layout or an LMS zip).
- ``bundle``: what a worker needs to grade an assignment, as plain bytes and values.
- ``sandbox``: the boundary around graded code (namespaces, private folders, an
  unprivileged uid, limits); its ``enter`` is the one way a grading kernel starts.
- ``limits``: the grading kernel's limits and launcher (which calls ``sandbox.enter``).
- ``forkserver``, ``provisioner``: grading kernels forked from a process that has already
  imported the lesson's modules (a jupyter_client kernel provisioner).
- ``preflight``: a submission's notebooks made gradable before nbgrader, with reasons.
- ``execute``: nbgrader's Execute preprocessor with a wall-clock cap and crash handling.
- ``tamper``: static scan for submissions that patch the graders' helpers or hook cells.
- ``leaks``: hidden test code removed from the outputs of graded code.
- ``worker``: grade one submission with real nbgrader in a private throw-away course.
- ``gradebook``: the single writer that records results in the instructor's gradebook.
- ``state``: per-student result files that make a run resumable.
- ``report``: the CSV and the instructor's HTML report.
- ``cluster``: the Dask cluster (local or ``--scheduler``) and the gradebook URL (``--db``).
- ``run``: orchestration on a Dask cluster, progress bar, command line.

This package must stay importable without Dask: ``limits`` runs as the kernel launcher and
``forkserver`` imports only the lesson's modules and ipykernel.
"""

import sys

# jsonschema imports rfc3987_syntax, if installed (JupyterLab's dependencies install it),
# to offer IRI format checks; that import builds a grammar and costs about 1.2 s in every
# grading process: the command, each worker, each run's report. Nothing here validates
# with a format checker (nbformat's and nbgrader's schemas are checked without one), so
# the grading processes do without it: jsonschema treats it as not installed.
if "jsonschema" not in sys.modules:
    sys.modules.setdefault("rfc3987_syntax", None)
