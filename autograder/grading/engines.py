"""One SQLAlchemy engine per gradebook that a grading process keeps opening.

nbgrader opens a new ``Gradebook``, and so creates a new engine, for nearly every step:
about 11 per submission in a worker, one or more per record in the coordinator.
SQLAlchemy caches compiled statements per engine, so every new engine compiled the same
statements again: about 0.08 s per submission in a worker and 0.05 s per record in the
coordinator (issue 18, cProfile, lesson 01). ``install`` points nbgrader's Gradebook at
``engine``: one kept engine for a database registered with ``keep`` (the worker's
private gradebook, the instructor's gradebook in the coordinator), SQLAlchemy's own new
engine for any other. The SQL sent is the same; only the compiling is done once.
A kept engine is disposed by ``Gradebook.close`` as any other (its pooled connections
are closed); what it keeps is its statement cache.
"""

import sqlalchemy

_kept: dict[str, dict] = {}    # database URL -> options of its engine
_engines: dict = {}            # (URL, nbgrader's arguments) -> the kept engine
KEPT_AT_MOST = 8               # more URLs than this: a process that moved on starts afresh


def keep(url: str, **options) -> None:
    """Give every Gradebook of ``url`` one engine, created with these extra options."""
    if _kept.get(url) != options:
        if len(_kept) >= KEPT_AT_MOST:
            forget_all()
        _kept[url] = options
        for key in [k for k in _engines if k[0] == url]:
            _engines.pop(key).dispose()


def forget_all() -> None:
    for kept in _engines.values():
        kept.dispose()
    _engines.clear()
    _kept.clear()


def engine(url, *args, **kwargs):
    """``sqlalchemy.create_engine``, as nbgrader's Gradebook calls it."""
    options = _kept.get(str(url))
    if options is None:
        return sqlalchemy.create_engine(url, *args, **kwargs)
    key = (str(url), args, tuple(sorted(kwargs.items())))
    if key not in _engines:
        _engines[key] = sqlalchemy.create_engine(url, *args, **options, **kwargs)
    return _engines[key]


def install() -> None:
    """nbgrader's Gradebook gets its engines from ``engine`` (idempotent)."""
    from nbgrader import api
    api.create_engine = engine
