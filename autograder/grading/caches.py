"""Work nbgrader redoes for every submission, done once per worker instead.

The cache is exact: it returns what the uncached call returns, only sooner. nbgrader
checks every cell's metadata with ``jsonschema.validate``, which first validates the
*schema itself* against the JSON Schema meta-schema: about 0.2 s per submission of
lesson 01 (issue 18, cProfile over 5 submissions), for a schema that never changes.
``validate`` below checks each distinct schema once, then validates with a validator
built once for it, and raises the same ``best_match`` error jsonschema would. (The
feedback page's shortcuts are in ``feedback_html``.)
"""

import json

import jsonschema
from jsonschema import exceptions, validators

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
