"""nbgrader's feedback page, written byte for byte as nbconvert's HTMLExporter writes it,
with the work that repeats from one submission to the next done once per worker.

Measured on a feedback page of lesson 01 (issue 18, cProfile): of about 0.5 s per page,
nbconvert's last step (BeautifulSoup parses the whole page, adds ``alt`` to images and
``tabindex`` to cells, and serializes it again) took 60 %, and Pygments' highlighting
of the code cells 15 %. Most of both is spent on the syntax-highlighted code: thousands
of ``<span>`` tags per page, in cells that are the same in every submission (the
statements, the tests). Three shortcuts, each exact:

- templates compiled once per worker: every Jinja environment gets one shared in-memory
  bytecode cache (Jinja's own mechanism; a template is recompiled if its source or the
  environment's syntax settings differ);
- highlighting memoized by everything its output depends on (source, language, the
  cell's ``magics_language``, the formatter options);
- Markdown rendered once per distinct input (source, attachments, the notebook's path,
  the link settings); not when images are embedded, since those are read from disk;
- each highlighted block is set aside before BeautifulSoup reads the page and put back
  as BeautifulSoup writes that block on its own (memoized). A block is one balanced
  ``<div><pre>…</pre></div>`` of spans and escaped text, with no image, script or style
  inside, so BeautifulSoup writes it the same wherever it stands.

tests/test_grading_shortcuts.py compares every page with HTMLExporter's, byte for byte.
"""

import json
import re
import uuid

from bs4 import BeautifulSoup
from jinja2 import BytecodeCache, pass_context
from nbconvert.exporters import HTMLExporter, TemplateExporter
from nbconvert.filters.highlight import Highlight2HTML
from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

MEMO_LIMIT = 20_000  # entries per memo: a few MB; emptied when full (a worker grades one lesson)


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
_highlighted: dict = {}
_markdown: dict = {}
_blocks_written: dict = {}


def _remember(memo: dict, key, value):
    if len(memo) >= MEMO_LIMIT:
        memo.clear()
    memo[key] = value
    return value


class _MemoHighlight(Highlight2HTML):
    """Highlight2HTML, each distinct input highlighted once per worker."""

    def __call__(self, source, language=None, metadata=None):
        magics = metadata.get("magics_language") if metadata else None
        key = (source, language, magics, self.pygments_lexer,
               tuple(sorted(self.extra_formatter_options.items())))
        hit = _highlighted.get(key)
        if hit is None:
            hit = _remember(_highlighted, key, super().__call__(source, language, metadata))
        return hit


# A highlighted block as Highlight2HTML writes it: its code is escaped, so the first
# "</pre></div>" after the start is the block's own end.
_BLOCK = re.compile(r'<div class=" highlight hl-[^"<>]*"><pre>.*?</pre></div>', re.S)


def _as_beautifulsoup_writes(html: str) -> str:
    return str(BeautifulSoup(html, features="html.parser"))


def _written_block(block: str) -> str:
    hit = _blocks_written.get(block)
    if hit is None:
        hit = _remember(_blocks_written, block, _as_beautifulsoup_writes(block))
    return hit


def _accessible(html: str, log) -> str:
    """What HTMLExporter's BeautifulSoup step returns for ``html``."""
    # An empty element of its own stands in for each block: a placeholder in text would
    # join the whitespace around it, which BeautifulSoup otherwise shortens.
    token = "x-grader-" + uuid.uuid4().hex
    while token in html:  # never true in practice; then the substitution is unambiguous
        token = "x-grader-" + uuid.uuid4().hex
    blocks: list[str] = []

    def set_aside(match) -> str:
        blocks.append(match.group(0))
        return f"<{token}-{len(blocks) - 1}></{token}-{len(blocks) - 1}>"

    soup = BeautifulSoup(_BLOCK.sub(set_aside, html), features="html.parser")
    # From here to the end of the loops: HTMLExporter.from_notebook_node (nbconvert 7.17).
    missing_alt = 0
    for elem in soup.select("img:not([alt])"):
        elem.attrs["alt"] = "No description has been provided for this image"
        missing_alt += 1
    if missing_alt:
        log.warning("Alternative text is missing on %s image(s).", missing_alt)
    for elem in soup.select(".jp-Notebook div.jp-Cell-inputWrapper"):
        elem.attrs["tabindex"] = "0"
    for elem in soup.select(".jp-Notebook div.jp-OutputArea-output"):
        elem.attrs["tabindex"] = "0"
    return re.sub(f"<{token}-(\\d+)></{token}-\\d+>",
                  lambda m: _written_block(blocks[int(m.group(1))]), str(soup))


class FeedbackHTMLExporter(HTMLExporter):
    """nbgrader's feedback exporter (HTMLExporter, configured as nbgrader configures it)
    with the shortcuts above."""

    def _create_environment(self):
        environment = super()._create_environment()
        environment.bytecode_cache = _templates
        return environment

    @pass_context
    def markdown2html(self, context, source):
        if self.embed_images:
            return super().markdown2html(context, source)
        # Everything HTMLExporter.markdown2html (nbconvert 7.17) reads besides the source.
        key = (source, json.dumps(context.get("cell", {}).get("attachments", {}), sort_keys=True),
               context.get("resources", {}).get("metadata", {}).get("path", ""),
               self.anchor_link_text, self.exclude_anchor_links,
               json.dumps(self.lexer_options, sort_keys=True, default=repr))
        hit = _markdown.get(key)
        if hit is None:
            hit = _remember(_markdown, key, super().markdown2html(context, source))
        return hit

    def from_notebook_node(self, nb, resources=None, **kw):
        # HTMLExporter.from_notebook_node (nbconvert 7.17), with the memoized highlighter
        # and the BeautifulSoup step of ``_accessible``.
        langinfo = nb.metadata.get("language_info", {})
        lexer = langinfo.get("pygments_lexer", langinfo.get("name", None))
        highlight_code = self.filters.get("highlight_code",
                                          _MemoHighlight(pygments_lexer=lexer, parent=self))
        resources = self._init_resources(resources)
        filter_data_type = WidgetsDataTypeFilter(notebook_metadata=self._nb_metadata, parent=self,
                                                 resources=resources)
        self.register_filter("highlight_code", highlight_code)
        self.register_filter("filter_data_type", filter_data_type)
        html, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
        return _accessible(html, self.log), resources
