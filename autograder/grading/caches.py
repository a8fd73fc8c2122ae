"""Work nbgrader and nbconvert redo for every submission, done once per worker instead.

Both caches are exact: what they return is what the uncached call returns, only sooner.
Measured per submission of lesson 01 (issue 18, cProfile over 5 submissions):

- nbgrader checks every cell's metadata with ``jsonschema.validate``, which first
  validates the *schema itself* against the JSON Schema meta-schema: about 0.2 s per
  submission, for a schema that never changes. ``validate`` below checks each distinct
  schema once, then validates with a validator built once for it, and raises the same
  ``best_match`` error jsonschema would;
- nbconvert builds a new Jinja environment for every feedback page and compiles its
  templates again (about 0.1-0.2 s). ``FeedbackHTMLExporter`` gives every environment one
  shared in-memory bytecode cache, Jinja's own mechanism: a template is recompiled if
  its source or the environment's syntax settings differ.
"""

import json

import jsonschema
from jinja2 import BytecodeCache
from jsonschema import exceptions, validators
from nbconvert.exporters import HTMLExporter

_validators: dict = {}  # schema as canonical JSON -> a validator for it


def validate(instance, schema, cls=None, *args, **kwargs) -> None:
    """``jsonschema.validate`` with the schema checked and the validator built once."""
    if cls is not None or args or kwargs:
        return jsonschema.validate(instance, schema, cls, *args, **kwargs)
    key = json.dumps(schema, sort_keys=True)
    validator = _validators.get(key)
    if validator is None:
        kind = validators.validator_for(schema)
        kind.check_schema(schema)  # as jsonschema.validate: an invalid schema raises
        validator = _validators[key] = kind(schema)
    error = exceptions.best_match(validator.iter_errors(instance))
    if error is not None:
        raise error


class _JsonschemaWithCache:
    """What nbgrader's metadata validators use of the ``jsonschema`` module."""

    validate = staticmethod(validate)

    def __getattr__(self, name):
        return getattr(jsonschema, name)


def install() -> None:
    """Point nbgrader's metadata validation at the cached ``validate`` (idempotent)."""
    from nbgrader.nbgraderformat import common
    common.jsonschema = _JsonschemaWithCache()


class _MemoryBytecodeCache(BytecodeCache):
    def __init__(self):
        self.store: dict = {}

    def get_bucket(self, environment, name, filename, source):
        # Compiled code depends on the syntax settings too: they are part of the key.
        syntax = (environment.block_start_string, environment.block_end_string,
                  environment.variable_start_string, environment.variable_end_string,
                  environment.comment_start_string, environment.comment_end_string,
                  environment.line_statement_prefix, environment.line_comment_prefix,
                  environment.trim_blocks, environment.lstrip_blocks,
                  environment.newline_sequence, environment.keep_trailing_newline,
                  environment.optimized, environment.is_async,
                  tuple(sorted(environment.extensions)))
        return super().get_bucket(environment, f"{name}|{syntax!r}", filename, source)

    def load_bytecode(self, bucket) -> None:
        if bucket.key in self.store:
            bucket.bytecode_from_string(self.store[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        self.store[bucket.key] = bucket.bytecode_to_string()


_templates = _MemoryBytecodeCache()


class FeedbackHTMLExporter(HTMLExporter):
    """nbgrader's feedback exporter (HTMLExporter, configured as nbgrader configures it)
    whose templates are compiled once per worker process."""

    def _create_environment(self):
        environment = super()._create_environment()
        environment.bytecode_cache = _templates
        return environment
