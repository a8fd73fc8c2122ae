"""nbgrader configuration for the course. Run plain `nbgrader ...` from this folder.

solutions/ is the instructors' source (single source of truth); notebooks/ is where
`nbgrader generate_assignment` writes the student versions, which are committed.
"""

import os

c = get_config()  # noqa: F821  (provided by nbgrader when it loads this file)

ROOT = os.path.dirname(os.path.abspath(__file__))

c.CourseDirectory.course_id = "clustering-sklearn"
c.CourseDirectory.root = ROOT
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "notebooks"
# One assignment per lesson: nbgrader takes the assignments from the folder names in
# solutions/ (NN_topic, so they sort in lesson order).

# A lesson runs in seconds; 120 s per cell is generous for a slow laptop yet stops a
# runaway student loop long before a grading batch stalls.
c.ExecutePreprocessor.timeout = 120
# Huge printed output (a loop that prints every iteration) is cut in graded notebooks.
c.LimitOutput.max_lines = 1000
c.LimitOutput.max_traceback = 100

# Students running JupyterLab from a clone get a local exchange so the Assignments tab
# loads; a real class points this at the shared exchange (see README, Instructors).
c.Exchange.root = os.path.join(ROOT, ".exchange")
