"""Grading tools for the clustering course.

- ``autograder.checks``: the helpers that every test cell imports
  (``from autograder import checks``).
- ``autograder.course``: where lessons, solutions and student notebooks live.
- ``python -m autograder ...``: the release / validate / grade commands.
"""
