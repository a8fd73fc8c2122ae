"""Answers written by students from the student copies alone (see tests/submissions)."""
