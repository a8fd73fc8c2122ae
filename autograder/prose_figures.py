"""The prose-figure guard: the text of a lesson may only quote what its pinned cells print.

    python -m autograder.prose_figures solutions/NN_topic/NN_topic.ipynb [...]

prints every problem of the given solution notebooks (default: every lesson), with its
cell id and sentence, and exits with 1 if there is any. It reads the notebooks as stored
(no execution: nbval proves that the stored outputs of the `# NBVAL_CHECK_OUTPUT` cells are
what a fresh run prints, and only those cells keep outputs). The rules are documented in
AUTHORING.md ("Figures in the text"); in short:

1. every number in a markdown cell appears in the stored output of a pinned cell, as the
   same number or rounded to the text's decimals; numbers that are not results are
   exempted in the same cell: ``<!-- not results: 300 (grid size), 42 (seed) -->``;
2. "lesson NN" names an existing lesson, and the sentence is about that lesson's topic
   (``TOPICS`` below; a new lesson adds its row); "the next lesson" names no lesson and
   fails: write "lesson NN";
3. "section N" / "§N" names a heading ``## N. Title`` of the same notebook, and the sentence
   shares a content word with that title; "Exercise N.M" of this lesson names an existing
   exercise heading.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import nbformat

MARK = "# NBVAL_CHECK_OUTPUT"

# One row per lesson: its topic and the words that say a sentence is about it. A keyword
# matches any word that starts with it (case-insensitive; "standardi" matches
# "standardise" and "standardization"); inline code and LaTeX count as words. A sentence
# that names "lesson NN" fails when it mentions the keywords of another lesson (one it
# does not name, other than the notebook's own) and none of lesson NN's. Keep the words
# specific to the lesson: a word every lesson uses ("cluster", "k-means") decides nothing.
TOPICS: dict[str, tuple[str, tuple[str, ...]]] = {
    "01": ("k-means basics", (
        "k-means basics", "basics", "lloyd", "voronoi", "decision region", "k-means++",
        "initiali", "n_init", "local optim", "inertia", "minibatchkmeans", "mini-batch",
        "make_blobs")),
    "02": ("feature scaling", (
        "feature scaling", "scaling", "scaler", "scaled", "unscaled", "rescal", "standardi",
        "minmax", "min-max", "robustscaler", "units", "unit variance", "z-score", "pipeline")),
    "03": ("choosing k", (
        "choosing k", "choose k", "choice of k", "number of clusters", "elbow",
        "silhouette score", "inertia", "profil", "homogeneity", "completeness",
        "v-measure", "adjusted mutual", "calinski", "davies")),
    "04": ("silhouette diagrams and the limits of k-means", (
        "silhouette", "knife", "knives", "limits of k-means", "strips", "anisotrop",
        "elongated", "stretched")),
    "05": ("DBSCAN", (
        "dbscan", "hdbscan", "density", "dense", "eps", "min_samples", "core instance",
        "core point", "noise", "k-distance", "moons", "optics")),
    "06": ("label propagation", (
        "label propagation", "propagat", "semi-supervised", "labelspreading",
        "label spreading", "labelpropagation", "active learning", "uncertainty sampling",
        "representative", "expert", "few labels")),
    "07": ("Gaussian mixtures", (
        "gaussian", "mixture", "gmm", "expectation-maxim", "em algorithm", "covariance",
        "bic", "aic", "bayesian", "soft assignment", "soft clustering", "predict_proba",
        "responsibilit", "density anomal", "anomal")),
    "08": ("clustering as a tool", (
        "clustering as a tool", "colour quantis", "color quantiz", "quantis",
        "quantiz", "segmentation", "preprocess", "pipeline", "similarity feature",
        "k-means feature", "rbf", "cross-validation", "cross-validat", "gridsearchcv",
        "stream", "memmap", "memory map", "partial_fit", "elkan", "birch", "large data",
        "big data", "chunk", "out-of-core", "minibatchkmeans", "mini-batch", "leakage")),
    "09": ("other clustering algorithms compared", (
        "other algorithms", "other clustering algorithms", "agglomerative", "hierarch",
        "ward", "linkage", "dendrogram", "spectral", "mean-shift", "mean shift", "meanshift",
        "affinity propagation", "affinitypropagation", "exemplar", "bandwidth", "birch")),
}

ADVICE_FIGURE = ("print it in a `# NBVAL_CHECK_OUTPUT` cell, correct the text, or, if it is "
                 "not a result, exempt it in this cell: <!-- not results: {tok} (why) -->")

_LESSON_FOLDER = re.compile(r"^(\d\d)_[a-z0-9_]+$")


# ----------------------------------------------------------------------------- problems

@dataclass
class Problem:
    cell: str          # cell id
    kind: str          # figure | lesson | section | exercise | exemption
    what: str          # the number or reference as written
    sentence: str
    message: str       # what is wrong and what to do

    def __str__(self) -> str:
        return f"[{self.cell}] {self.what}: {self.message}\n    \"{self.sentence}\""


@dataclass
class Report:
    notebook: str
    problems: list[Problem] = field(default_factory=list)
    figures_checked: int = 0     # numbers of the text compared with the outputs
    references_checked: int = 0  # lesson / section / exercise references

    def __str__(self) -> str:
        head = (f"{self.notebook}: {len(self.problems)} problem(s) "
                f"({self.figures_checked} figures and {self.references_checked} references checked)")
        return "\n".join([head] + ["  " + str(p).replace("\n", "\n  ") for p in self.problems])


# ------------------------------------------------------------------------------ numbers

_SEP = " \u00a0\u2009\u202f"                  # thousands separators: space, nbsp, thin spaces
_SUPER = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
# A number of the text. Not part of an identifier (x1, tab10, ex6_5) or of a decimal
# number already read; thousands grouped by commas or (thin/no-break) spaces; a minus sign
# only where it cannot be a hyphen or a range dash (after a space, "(", "=", ...).
_TEXT_NUMBER = re.compile(
    r"(?<![\w\d])(?<!\d\.)"
    r"(?P<sign>(?<![\w)\]}.])[-−])?"
    r"(?P<int>\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d{1,3}(?:[" + _SEP + r"]\d{3})+(?!\d)|\d+)"
    r"(?P<frac>\.\d+)?(?P<version>(?:\.\d+)+)?"
    r"(?P<exp>[eE][-+]?\d+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\{?-?\d+\}?)?"
    r"(?P<pct>[" + _SEP + r"]?(?:%|\\%)|\s?(?:percent|per cent)\b)?")
# A number of an output: no space grouping (numpy prints "[ 12 100]"), any context.
_OUTPUT_NUMBER = re.compile(
    r"(?P<sign>(?<![\w)\].])-)?(?P<int>\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+)(?P<frac>\.\d+)?"
    r"(?P<exp>[eE][-+]?\d+)?(?P<pct>\s?%)?")


@dataclass(frozen=True)
class Number:
    text: str            # as written
    value: Decimal | None  # None: a version number such as 1.9.1, never a result
    decimals: int
    percent: bool = False

    @property
    def canonical(self) -> str:
        """The written form without separators: what an exemption must name."""
        t = self.text.replace("−", "-").replace("\\%", "%")
        t = re.sub(r"(?<=\d)[," + _SEP + r"](?=\d{3})", "", t)
        return re.sub(r"\s*(%|percent|per cent)$", "", t).strip()


def _number(m: re.Match) -> Number:
    text = m.group(0).strip()
    if m.group("version"):
        return Number(text, None, 0)
    frac = m.group("frac") or ""
    value = Decimal(re.sub(r"[," + _SEP + r"]", "", m.group("int")) + frac)
    decimals = max(len(frac) - 1, 0)
    exp = m.group("exp") or ""
    if exp[:1] in ("e", "E"):                      # 1e-4, 2.5e3
        power = int(exp[1:])
        value, decimals = value.scaleb(power), max(0, decimals - power)
    elif exp:                                      # 10⁸, 10^{8} (LaTeX)
        power = int(exp.translate(_SUPER).strip("^{}"))
        value = value ** power if power >= 0 else 1 / value ** -power
        decimals = max(0, -power)
    if m.group("sign"):
        value = -value
    return Number(text, value, decimals, bool(m.group("pct")))


def printed_numbers(text: str) -> list[tuple[Decimal, int]]:
    """(value, decimals) of every number in an output; "44%" also gives 0.44."""
    found = []
    for m in _OUTPUT_NUMBER.finditer(text):
        digits = m.group("int").replace(",", "") + (m.group("frac") or "")
        decimals = len(m.group("frac")) - 1 if m.group("frac") else 0
        value = Decimal(digits)
        if m.group("exp"):
            power = int(m.group("exp")[1:])
            value, decimals = value.scaleb(power), max(0, decimals - power)
        if m.group("sign"):
            value = -value
        found.append((value, decimals))
        if m.group("pct"):
            found.append((value / 100, decimals + 2))
    return found


def matches(quoted: Number, printed: list[tuple[Decimal, int]]) -> bool:
    """The rounding rule: some printed number rounds to the quoted one at the quoted number
    of decimals (|printed - quoted| <= half a unit of the quoted last decimal; a printed 0.9
    supports "0.90", since numpy drops trailing zeros, but not "0.903"). A
    percentage may be printed as such (90) or as a fraction (0.9). A negative number must be
    printed negative; a positive one may be printed with either sign ("a drop of 0.05")."""
    if quoted.value is None:
        return False
    wanted = [(quoted.value, quoted.decimals)]
    if quoted.percent:
        wanted.append((quoted.value / 100, quoted.decimals + 2))
    for value, decimals in wanted:
        half = Decimal(5).scaleb(-decimals - 1)
        for p, _ in printed:
            if (abs(p - value) if value < 0 else abs(abs(p) - value)) <= half:
                return True
    return False


def closest(quoted: Number, printed: list[tuple[Decimal, int]]) -> str | None:
    """The printed number nearest to the quoted one, for the message."""
    if quoted.value is None or not printed:
        return None
    targets = [abs(quoted.value)] + ([abs(quoted.value) / 100] if quoted.percent else [])
    value, decimals = min(printed, key=lambda p: min(abs(abs(p[0]) - t) for t in targets))
    return f"{value:.{decimals}f}"


# --------------------------------------------------------------------- markdown to text

_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_EXEMPT = re.compile(r"^\s*not results?\s*:(.*)$", re.S | re.I)
_ELSEWHERE = re.compile(r"^\s*from other cells?\s*:(.*)$", re.S | re.I)
_EXEMPT_ITEM = re.compile(r"\s*[,;]?\s*(?P<tok>[^()]+?)\s*\((?P<why>(?:[^()]|\([^()]*\))*)\)")
_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.S | re.M)
_INLINE_CODE = re.compile(r"(`+)(.+?)\1", re.S)
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_URL = re.compile(r"https?://\S+")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_MATH = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$", re.S)
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_HEADING_NUMBER = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+(?=\S)")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_MARKING_START = re.compile(r"^[\s*_>]*(?:marking|rubric)\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”)*_]*\s+")
_ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|cf|approx|resp|fig|eq|no|al|incl)|(?<![\w.])[a-z])\.$",
                           re.I)

CODE = "\x01{}\x02"  # placeholder of an inline code span: no number, but its words count


def parse_exemptions(source: str, kind: re.Pattern = _EXEMPT) -> tuple[dict[str, str], list[str]]:
    """{canonical number: reason} of the cell's `<!-- not results: ... -->` comments (or, with
    `kind=_ELSEWHERE`, `<!-- from other cells: ... -->`), and the malformed items (no reason)."""
    exempt, bad = {}, []
    for comment in _COMMENT.findall(source):
        m = kind.match(comment)
        if not m:
            continue
        rest = m.group(1).strip()
        pos = 0
        while pos < len(rest):
            item = _EXEMPT_ITEM.match(rest, pos)
            if not item or not item.group("why").strip():
                bad.append(rest[pos:].strip(" ,;"))
                break
            for num in _TEXT_NUMBER.finditer(item.group("tok")):
                exempt[_number(num).canonical] = item.group("why").strip()
            pos = item.end()
            if not rest[pos:].strip(" ,;"):
                break
    return exempt, bad


def _math_to_text(m: re.Match) -> str:
    """Numbers in LaTeX count, but the notation's indices and powers of symbols do not
    (x_1, \\sum_{i=1}^{n}, \\lVert x \\rVert^2); 10^8 stays one number."""
    tex = m.group(1) or m.group(2)
    tex = tex.replace("{,}", ",").replace("\\,", "\u2009").replace("\\%", "%")
    tex = re.sub(r"\\[lc]?dots|\\ldots", " … ", tex).replace("\\{", " ").replace("\\}", " ")
    tex = re.sub(r"_(\{[^{}]*\}|\\?\w)", " ", tex)                 # subscripts: indices
    tex = re.sub(r"(?<![\d\s{])\^(\{[^{}]*\}|\\?\w)", " ", tex)    # powers of symbols
    tex = re.sub(r"(?<=\d)\^\{?(-?\d+)\}?", r"^\1", tex)           # 10^8: one number
    tex = re.sub(r"\\(?:text|mathrm|operatorname|mathbf)\{([^{}]*)\}", r" \1 ", tex)
    tex = re.sub(r"\\[a-zA-Z]+", " ", tex)                         # commands: \mu, \frac
    return tex.replace("{", " ").replace("}", " ")


@dataclass
class Sentence:
    text: str           # the prose, inline code as placeholders
    words: str          # lowercase text for keywords and titles (inline code included)
    heading: bool
    marking: bool


def _split_sentences(block: str) -> list[str]:
    """At every ". " / "? " / "! ", except after an abbreviation (e.g., i.e., vs., a single
    letter). A sentence may start in lower case ("scikit-learn offers ...")."""
    parts, start = [], 0
    for m in _SENTENCE_END.finditer(block):
        if not _ABBREVIATION.search(block[start:m.start()]):
            parts.append(block[start:m.start()])
            start = m.end()
    return parts + [block[start:]]


def sentences(source: str) -> list[Sentence]:
    """The sentences of a markdown cell: code blocks, HTML comments, tags and link
    targets removed; headings, list items and paragraphs are units of their own."""
    text = _COMMENT.sub(" ", source)
    text = _FENCE.sub("\n\n", text)
    spans: list[str] = []

    def keep(m):
        spans.append(m.group(2))
        return CODE.format(len(spans) - 1)

    text = _INLINE_CODE.sub(keep, text)
    text = _LINK_TARGET.sub("]", text)
    text = _URL.sub(" ", text)
    text = _HTML_TAG.sub(" ", text)
    text = _MATH.sub(lambda m: " " + _math_to_text(m) + " ", text)
    text = text.replace("&nbsp;", "\u00a0").replace("&minus;", "−")

    blocks: list[tuple[str, bool, bool]] = []  # (text, heading, marking)
    marking = False
    current: list[str] = []

    def flush():
        if current:
            blocks.append((" ".join(current), False, marking))
            current.clear()

    for line in text.split("\n"):
        heading = _HEADING.match(line)
        if heading:
            flush()
            title = _HEADING_NUMBER.sub("", heading.group(2).strip())
            blocks.append((title, True, False))
            continue
        if not line.strip() or line.lstrip().startswith("|---"):
            flush()
            continue
        if _MARKING_START.match(line) and not current:
            marking = True
        if _LIST_MARKER.match(line):
            flush()
            line = _LIST_MARKER.sub("", line, count=1)
        elif line.lstrip().startswith("|"):
            flush()
        current.append(line.strip())
    flush()

    out = []
    for block, heading, mark in blocks:
        for part in _split_sentences(block):
            part = part.strip()
            if not part:
                continue
            words = re.sub(r"\x01(\d+)\x02", lambda m: " " + spans[int(m.group(1))] + " ", part)
            words = re.sub(r"\*+|(?<!\w)_+|_+(?!\w)", " ", words)  # emphasis, not n_init
            out.append(Sentence(part, " ".join(words.lower().split()), heading, mark))
    return out


# ---------------------------------------------------------------------- references

_N = r"\d{1,2}"
_LESSON_REF = re.compile(
    r"\b[Ll]essons?\s+(?P<first>" + _N + r")(?!\.\d)\b"
    r"(?P<more>(?:\s*(?:,|and|or|&|to|[-–—])\s*(?:[Ll]essons?\s+" + _N + r"|0\d)\b(?!\.\d))*)")
_UNNUMBERED = re.compile(r"\b(?:next|following|later|previous|planned|coming|upcoming|future)\s+"
                         r"lessons?\b", re.I)
_SECTION_REF = re.compile(
    r"(?:\b[Ss]ections?\s+|§§?\s*)(?P<first>\d+(?:\.\d+)?)\b(?P<more>(?:\s*(?:and|or|to|[-–]|,\s*§|"
    r",(?=\s*\d+(?:\.\d+)?\s*(?:,|and|or)))\s*(?:§\s*)?\d+(?:\.\d+)?\b)*)")
_EXERCISE_REF = re.compile(
    r"\b[Ee]xercises?\s+(?P<first>\d+\.\d+)\b(?P<more>(?:\s*(?:,|and|or|to|[-–])\s*\d+\.\d+\b)*)")
_OTHER_LESSON_SECTION = re.compile(
    r"\b[Ll]esson\s+(?P<lesson>" + _N + r")(?:'s|’s|,)?\s+(?:section\s+|§\s*)(?P<section>\d+)"
    r"|(?:\b[Ss]ection\s+|§\s*)(?P<section2>\d+)\s+(?:of|in)\s+lesson\s+(?P<lesson2>" + _N + ")")
_POINTS = re.compile(r"\(\s*\d+(?:\.\d+)?\s*points?\b", re.I)
_MARKS = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?=\s*(?:points?|pts?|marks?)\b|\s+(?:for|off)\b|\s*:)"
                    r"|(?<![\w.])\d+(?:\.\d+)?(?=\s*\+)|(?<=\+)\s*\d+(?:\.\d+)?"
                    r"|\b[Pp]arts?\s+\d+(?:\s*(?:,|and|or)\s*\d+)*", re.I)

STOP_WORDS = set("""
a an the and or nor but if then than so as of to in on at by for with from into onto over
under about above below between through after before during while until again once here
there when where why how what which who whom whose this that these those it its itself is
are was were be been being do does did done has have had having can could will would shall
should may might must not no yes all any both each every few more most other some such
only own same too very just also even ever still yet one two three four five six seven
eight nine ten first second third new we our ours us you your yours they their them he she
his her i me my mine let lets see seen shows show shown uses use used using gives give
given makes make made get gets got like section sections lesson lessons exercise exercises
part below above here now way ways much many well way back
""".split())
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly")


def stem(word: str) -> str:
    """A crude stem: a common suffix off, then the first five letters."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:5]


def content_stems(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[a-z]+", text.lower())
            if len(w) >= 3 and w not in STOP_WORDS}


def topic_lessons(words: str) -> dict[str, list[str]]:
    """{lesson number: keywords of its TOPICS row found in the sentence}. A keyword found
    only inside a longer keyword of another lesson does not count ("propagation" in
    "affinity propagation" is lesson 09's, not lesson 06's)."""
    words = re.sub(r"\s+", " ", words.lower().replace("$", " "))
    hits = []  # (start, end, lesson, keyword)
    for number, (_, keywords) in TOPICS.items():
        for k in keywords:
            hits += [(m.start(), m.end(), number, k)
                     for m in re.finditer(r"(?<![a-z0-9_])" + re.escape(k), words)]
    found: dict[str, list[str]] = {}
    for start, end, number, k in hits:
        inside = any(o != number and s <= start and end <= e and e - s > end - start
                     for s, e, o, _ in hits)
        if not inside and k not in found.setdefault(number, []):
            found[number].append(k)
    return {n: ks for n, ks in found.items() if ks}


def _numbers_in(first: str, more: str) -> list[str]:
    """'2', ' and 3' -> ['2', '3']; '1', '-4' -> ['1', '2', '3', '4'] (a range)."""
    parts = [first] + re.findall(r"\d+(?:\.\d+)?", more or "")
    if more and re.match(r"\s*(?:to|[-–—])\s*", more) and len(parts) == 2 and "." not in "".join(parts):
        a, b = int(parts[0]), int(parts[1])
        if a < b <= a + 20:
            return [str(n) for n in range(a, b + 1)]
    return parts


def headings(nb) -> tuple[dict[str, str], set[str]]:
    """{section number: title} of the numbered headings, and the exercise numbers."""
    sections, exercises = {}, set()
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.split("\n"):
            m = re.match(r"^#{2,6}\s+(\d+(?:\.\d+)*)\.?\s+(.+)$", line)
            if m:
                sections[m.group(1)] = m.group(2).strip()
            m = re.match(r"^#{1,6}\s+Exercise\s+(\d+\.\d+)\b", line)
            if m:
                exercises.add(m.group(1))
    return sections, exercises


# ----------------------------------------------------------------------------- the guard

@dataclass
class Course:
    """What a notebook's references may point at: the course's lessons and their headings."""
    lessons: dict[str, Path]  # "06" -> solution notebook path

    @classmethod
    def of(cls, solutions: Path) -> "Course":
        found = {}
        for p in sorted(solutions.iterdir()):
            m = _LESSON_FOLDER.match(p.name)
            if m and p.is_dir() and (p / f"{p.name}.ipynb").exists():
                found[m.group(1)] = p / f"{p.name}.ipynb"
        return cls(found)

    def sections(self, number: str) -> dict[str, str]:
        path = self.lessons.get(number)
        return headings(nbformat.read(str(path), as_version=4))[0] if path else {}


def cell_output(cell) -> str:
    """The stored text output of a code cell (stdout and plain-text results)."""
    texts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream" and out.get("name") == "stdout":
            texts.append(out.get("text", ""))
        elif out.get("output_type") in ("execute_result", "display_data"):
            texts.append(out.get("data", {}).get("text/plain", ""))
    return "".join(texts)


def is_pinned(cell) -> bool:
    return cell.cell_type == "code" and MARK in cell.source


def pinned_output(nb) -> str:
    return "\n".join(cell_output(c) for c in nb.cells if is_pinned(c))


def _mask(text: str, spans) -> str:
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i].isdigit():
                chars[i] = "#"
    return "".join(chars)


def check_notebook(nb, lesson: str, course: Course | None = None, name: str = "") -> Report:
    """Every problem of one solution notebook. `lesson` is its two-digit number."""
    course = course or Course({})
    report = Report(name or lesson)
    printed = printed_numbers(pinned_output(nb))
    sections, exercises = headings(nb)
    above: tuple[str, list] | None = None  # the last pinned cell of the current section
    for cell in nb.cells:
        if is_pinned(cell):
            above = (cell.get("id", "?"), printed_numbers(cell_output(cell)))
            continue
        if cell.cell_type != "markdown":
            continue
        if re.match(r"^##\s", cell.source.lstrip()):
            above = None
        cid = cell.get("id", "?")
        exempt, bad = parse_exemptions(cell.source)
        elsewhere, bad_elsewhere = parse_exemptions(cell.source, _ELSEWHERE)
        for item in bad + bad_elsewhere:
            report.problems.append(Problem(cid, "exemption", item, "<!-- not results: ... -->",
                                           "an exemption needs a reason in parentheses: "
                                           "<!-- not results: 300 (grid size) -->"))
        used, quoted = set(), []
        for s in sentences(cell.source):
            skip: list[tuple[int, int]] = []  # spans of references: their numbers are no figures
            report.references_checked += _check_references(s, cid, lesson, sections, exercises,
                                                           course, report.problems, skip)
            if s.heading:
                skip += [m.span() for m in _POINTS.finditer(s.text)]
            if s.marking:
                skip += [m.span() for m in _MARKS.finditer(s.text)]
                skip += [m.span() for m in _POINTS.finditer(s.text)]
            prose = re.sub(r"\x01\d+\x02", " ", _mask(s.text, skip))
            for m in _TEXT_NUMBER.finditer(prose):
                num = _number(m)
                if num.canonical in exempt:
                    used.add(num.canonical)
                else:
                    quoted.append((num, s))
        report.figures_checked += len(quoted)
        reported = set()
        for num, s in quoted:
            key = (num.canonical, s.text)
            if key in reported:
                continue
            problem = _figure_problem(num, printed, None if num.canonical in elsewhere else above,
                                      [q for q, _ in quoted])
            if problem:
                reported.add(key)
                report.problems.append(Problem(cid, "figure", num.text, _show(s.text), problem))
        for tok in sorted(set(exempt) - used):
            report.problems.append(Problem(cid, "exemption", tok, f"<!-- not results: {tok} ... -->",
                                           "exempted, but no checked number of this cell is written "
                                           "so (marks, references and code are skipped already): "
                                           "remove it from the comment"))
    return report


def _figure_problem(num: Number, printed, above, quoted_here) -> str | None:
    """What is wrong with one quoted number, or None.

    Besides "not printed at all", one near miss fails too: a figure with two or more
    decimals that the pinned cell just above the text (same section) does not print, while
    that cell prints, unquoted, a number within two units of its last decimal. That is a
    figure re-pinned without its text (the cell now prints 0.929, the text still says 0.931,
    and 0.931 happens to be printed by another cell)."""
    advice = ADVICE_FIGURE.format(tok=num.canonical)
    if num.value is None:
        return "a version number is never printed as a result; " + advice
    if not matches(num, printed):
        near = closest(num, printed)
        return ("not printed by any pinned cell" + (f" (closest printed: {near})" if near else "")
                + "; " + advice)
    if above is None or num.decimals < 2 or matches(num, above[1]):
        return None
    unit = Decimal(1).scaleb(-num.decimals)
    for value, decimals in above[1]:
        near = abs(abs(value) - abs(num.value)) <= 2 * unit
        quoted = any(q.value is not None and abs(abs(value) - abs(q.value)) <= unit / 2
                     for q in quoted_here)
        if decimals == num.decimals and value != num.value and near and not quoted:
            return (f"the pinned cell just above (`{above[0]}`) prints {value:.{decimals}f}, not "
                    f"{num.text} (which another cell prints): is the text stale? Quote what that "
                    f"cell prints, or, if {num.text} does come from another cell, say so in this "
                    f"cell: <!-- from other cells: {num.canonical} (cell id) -->")
    return None


def _show(text: str) -> str:
    return " ".join(re.sub(r"\x01\d+\x02", "`…`", text).split())


def _check_references(s: Sentence, cid, lesson, sections, exercises, course, problems, mask) -> int:
    """Check the lesson, section and exercise references of one sentence; append the spans
    of the references to `mask` (their numbers are not figures). Returns how many."""
    checked = 0

    def fail(kind, what, message):
        problems.append(Problem(cid, kind, what, _show(s.text), message))

    named: list[tuple[str, str]] = []  # (number, as written)
    for m in _LESSON_REF.finditer(s.text):
        mask.append(m.span())
        for n in _numbers_in(m.group("first"), m.group("more")):
            named.append((f"{int(n):02d}", m.group(0)))
    numbers = {n for n, _ in named}
    topics = topic_lessons(s.words)
    others = {n: hits for n, hits in topics.items() if n not in numbers and n != lesson}
    for n, written in named:
        checked += 1
        if course.lessons and n not in course.lessons:
            fail("lesson", written, f"lesson {n} does not exist (the course has lessons "
                 f"{', '.join(sorted(course.lessons))}): name an existing lesson, or drop the reference")
        elif n not in TOPICS:
            fail("lesson", written, f"lesson {n} has no row in TOPICS (autograder/prose_figures.py): "
                 "add one")
        elif others and n not in topics:
            about = "; ".join(f"lesson {o} ({TOPICS[o][0]}: {', '.join(hits)})"
                              for o, hits in sorted(others.items()))
            fail("lesson", written, f"lesson {n} is {TOPICS[n][0]}, but the sentence speaks of "
                 f"{about} and of nothing of lesson {n}: name the right lesson")
    if not named:
        for m in _UNNUMBERED.finditer(s.text):
            checked += 1
            fail("lesson", m.group(0), "names no lesson: write \"lesson NN\" (number and topic), "
                 "or drop it")

    stems = content_stems(s.words)
    of_lesson = {}  # section number -> the lesson it belongs to, if not this one
    for m in _OTHER_LESSON_SECTION.finditer(s.text):
        of_lesson[m.group("section") or m.group("section2")] = f"{int(m.group('lesson') or m.group('lesson2')):02d}"
    for m in _SECTION_REF.finditer(s.text):
        mask.append(m.span())
        for n in _numbers_in(m.group("first"), m.group("more")):
            checked += 1
            where = of_lesson.get(n)
            if where and where not in course.lessons:
                continue  # the lesson reference has failed already
            titles = course.sections(where) if where else sections
            place = f"lesson {where}" if where else "this notebook"
            if n not in titles:
                have = ", ".join(f"{k}. {v}" for k, v in titles.items()) or "none"
                fail("section", f"section {n}", f"{place} has no heading \"## {n}. ...\" "
                     f"(its sections: {have})")
            elif not content_stems(titles[n]) & stems:
                fail("section", f"section {n}", f"section {n} of {place} is \"{titles[n]}\", and "
                     "the sentence shares no word with that title: check the number, or name the "
                     "section by its title")

    for m in _EXERCISE_REF.finditer(s.text):
        mask.append(m.span())
        for n in _numbers_in(m.group("first"), m.group("more")):
            checked += 1
            if n.split(".")[0].zfill(2) == lesson and n not in exercises:
                have = sorted(exercises, key=lambda e: [int(x) for x in e.split(".")])
                fail("exercise", f"Exercise {n}", f"this notebook has no heading \"### Exercise {n} "
                     f"...\" (it has {', '.join(have) or 'none'})")
    return checked


def lesson_number(path: Path) -> str:
    m = re.match(r"^(\d\d)_", Path(path).stem)
    return m.group(1) if m else "??"


def check_path(path: Path, course: Course | None = None) -> Report:
    """Check one solution notebook; the course is the `solutions/` folder it lies in."""
    path = Path(path)
    if course is None:
        folder = path.parent.parent
        course = Course.of(folder) if _LESSON_FOLDER.match(path.parent.name) else Course({})
    nb = nbformat.read(str(path), as_version=4)
    return check_notebook(nb, lesson_number(path), course, name=path.parent.name or path.name)


def check_lesson(lesson: str) -> Report:
    from . import course as repo
    return check_path(repo.solution_path(lesson))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        from . import course as repo
        args = [str(repo.solution_path(lesson)) for lesson in repo.lessons()]
    failed = 0
    for arg in args:
        report = check_path(Path(arg))
        print(report)
        print()
        failed += bool(report.problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
