"""The prose-figure guard (autograder/prose_figures.py, rules in AUTHORING.md, "Figures in
the text"): every number the text of a lesson quotes is printed by one of its pinned cells,
and every "lesson NN" / "section N" reference points at the right place.

One test per lesson, then the guard itself on tiny synthetic notebooks, so that it cannot
pass vacuously: each rule is shown failing on a defect and passing on the fix.
"""

import nbformat
import pytest

from autograder import course, prose_figures
from autograder.prose_figures import Course, check_notebook

LESSONS = course.lessons()


@pytest.mark.parametrize("lesson", LESSONS)
def test_text_quotes_only_printed_figures_and_right_references(lesson):
    report = prose_figures.check_lesson(lesson)
    assert report.figures_checked > 0, "the guard found no figure in the text: is the notebook read?"
    assert not report.problems, (
        f"{report}\n\nEvery figure of the text must be printed by a `# NBVAL_CHECK_OUTPUT` cell "
        "(AUTHORING.md, \"Figures in the text\"). Run "
        f"`python -m autograder.prose_figures solutions/{lesson}/{lesson}.ipynb` after each fix.")


def test_every_lesson_has_a_topic_row():
    numbers = [lesson[:2] for lesson in LESSONS]
    missing = [n for n in numbers if n not in prose_figures.TOPICS]
    assert not missing, f"add a row for lesson(s) {missing} to TOPICS in autograder/prose_figures.py"


# --------------------------------------------------------------------------- synthetic

def notebook(*cells):
    """cells: ("md", id, text) | ("pinned", id, output) | ("code", id, output)."""
    nb = nbformat.v4.new_notebook()
    for kind, cid, text in cells:
        if kind == "md":
            cell = nbformat.v4.new_markdown_cell(text)
        else:
            source = ("# NBVAL_CHECK_OUTPUT\n" if kind == "pinned" else "") + "print(...)"
            cell = nbformat.v4.new_code_cell(source)
            cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=text)]
        cell["id"] = cid
        nb.cells.append(cell)
    return nb


COURSE = Course({n: None for n in ("01", "02", "03", "04", "05", "06")})


def problems(*cells, lesson="05", course=COURSE):
    return check_notebook(notebook(*cells), lesson, course).problems


def figures(*cells, **kw):
    """The numbers the guard rejects, as written."""
    return [p.what for p in problems(*cells, **kw) if p.kind == "figure"]


def out(text):
    return ("pinned", "printed", text)


def test_a_printed_figure_passes_and_an_unprinted_one_fails_with_cell_and_sentence():
    found = problems(out("ARI: 0.997\n"), ("md", "comment", "It finds them (ARI 0.997). Then 7 clusters."))
    assert [(p.cell, p.what) for p in found] == [("comment", "7")]
    assert found[0].sentence == "Then 7 clusters."
    assert "NBVAL_CHECK_OUTPUT" in found[0].message and "not results: 7" in found[0].message


def test_only_pinned_cells_count():
    assert figures(("code", "unpinned", "ARI: 0.997\n"), ("md", "c", "ARI 0.997.")) == ["0.997"]


def test_rounding_rule():
    printed = out("accuracy 0.9971\n")
    assert figures(printed, ("md", "c", "It reaches 0.997, about 1.0, or 0.9971 exactly.")) == []
    assert figures(printed, ("md", "c", "It reaches 0.998.")) == ["0.998"]
    assert figures(printed, ("md", "c", "It reaches 0.99.")) == ["0.99"]
    # a printed 0.9 supports "0.90" (numpy drops trailing zeros) but not a made-up decimal
    assert figures(out("[0.9 0.25]\n"), ("md", "c", "Weights 0.90 and 0.250, not 0.903.")) == ["0.903"]


def test_thousands_separators():
    printed = out("kept 20000 of 1347\n")
    text = "We keep 20 000, 20,000, 20\u202f000 or 20\u00a0000 points, and 1,347, not 1,348."
    assert figures(printed, ("md", "c", text)) == ["1,348"]
    assert figures(out("(1,347, 64)\n"), ("md", "c", "1347 images.")) == []


def test_negative_numbers():
    printed = out("score: -103.17\ninertia: 52.5\n")
    assert figures(printed, ("md", "c", "A score of -103.17 (or −103.17), an inertia of 103.17.")) == []
    assert figures(printed, ("md", "c", "It falls to −52.5.")) == ["−52.5"]
    assert figures(printed, ("md", "c", "The label -1 marks noise.")) == ["-1"]


def test_percentages():
    assert figures(out("share: 0.44\n"), ("md", "c", "It covers 44% (44 %) of the window, not 45 %.")) == ["45 %"]
    assert figures(out("share: 44.0%\n"), ("md", "c", "It covers 44 %, a share of 0.44.")) == []
    assert figures(out("share: 0.99996\n"), ("md", "c", "99.996 % of the distance.")) == []


def test_latex_numbers_count_but_notation_does_not():
    text = r"The elbow is at $k = 7$; $\sum_{i=1}^{n} \lVert x_i - \mu_j \rVert^2$ is the inertia."
    assert figures(out("5\n"), ("md", "c", text)) == ["7"]
    assert figures(out("1e+08\n"), ("md", "c", r"It counts $10^8$ times more, or 10⁸.")) == []
    assert figures(out("100\n"), ("md", "c", r"It counts $10^8$ times more.")) == ["10^8"]


def test_ranges_count_both_bounds_and_are_exempted_locally():
    for text in ("We try k = 2–10.", "We try k = 2-10.", "We try k = 2...10.", r"We try $k = 2, \dots, 10$."):
        assert figures(out("best k: 5\n"), ("md", "c", text)) == ["2", "10"], text
    exempted = "We try k = 2–10. <!-- not results: 2–10 (the range of the sweep) -->"
    assert figures(out("best k: 5\n"), ("md", "c", exempted)) == []


def test_code_headings_list_markers_points_and_exercise_numbers_are_skipped():
    text = ("## 3. Reading the sweep\n\n"
            "### Exercise 5.2 — choose eps (3 points)\n\n"
            "1. call `DBSCAN(eps=0.35, min_samples=12)` on it;\n"
            "2. compare with Exercise 5.1 and Exercises 5.1 and 5.2.\n\n"
            "```python\nmodel = KMeans(n_clusters=17)\n```\n")
    cells = [("md", "ex5_1_md", "### Exercise 5.1 — sweep (2 points)"), ("md", "c", text)]
    assert problems(out("nothing\n"), *cells) == []
    # but a number in a heading's text is a figure
    assert figures(out("nothing\n"), ("md", "c", "## 3. Nine clusters at eps = 0.35")) == ["0.35"]


def test_exemption_is_local_needs_a_reason_and_must_be_used():
    cells = [("md", "grid", "A grid of 300 x 300 nodes. <!-- not results: 300 (grid size), 42 (seed) -->")]
    found = problems(out("nothing\n"), *cells)
    assert [(p.kind, p.what) for p in found] == [("exemption", "42")]  # 42 is not in the text
    found = problems(out("nothing\n"), *cells, ("md", "other", "Another 300 points."))
    assert [(p.cell, p.what) for p in found if p.kind == "figure"] == [("other", "300")]
    found = problems(out("nothing\n"), ("md", "c", "A grid of 300 nodes. <!-- not results: 300 -->"))
    assert {p.kind for p in found} == {"exemption", "figure"}


def test_marks_of_a_marking_scheme_are_skipped_but_its_figures_count():
    text = ("### BEGIN SOLUTION\nThe label accuracy rises from 0.927 to 0.966.\n\n"
            "*Marking: 1 point for part 1 (0.927 → 0.966), 0.5 for the trade-off with 414 vs 1347, "
            "0.5 for when it vanishes (0.25 off if vague).*\n\n"
            "**Rubric (2 points).**\n- 0.5: says BIC falls (2480 to 1973).\n### END SOLUTION")
    printed = out("0.927 0.966 414 1347 2480\n")
    assert figures(printed, ("md", "ex6_5", text)) == ["1973"]


def test_stale_figure_next_to_its_cell_fails_even_if_another_cell_prints_it():
    """Item 47 of issue 17: the cell was re-pinned (0.931 -> 0.929); another cell happens to
    print 0.931."""
    cells = [("pinned", "robustness", "seed 0: partial propagation 0.931\n"),
             ("pinned", "sklearn_semi", "LabelSpreading: test accuracy 0.929\n"
                                        "LabelPropagation: test accuracy 0.933\n")]
    found = problems(*cells, ("md", "sklearn_comment", "A better classifier follows (0.931 and 0.933)."))
    assert [p.what for p in found] == ["0.931"] and "sklearn_semi" in found[0].message
    assert problems(*cells, ("md", "sklearn_comment", "A better classifier follows (0.929 and 0.933).")) == []
    said = "Better than seed 0 (0.931). <!-- from other cells: 0.931 (robustness) -->"
    assert problems(*cells, ("md", "sklearn_comment", said)) == []


def test_lesson_reference_to_the_wrong_topic_fails():
    """Item 25 of issue 17, in lesson 04."""
    text = "It recovers them. Lesson 6 studies Gaussian mixtures in detail."
    found = problems(out(""), ("md", "limits_verdict_md", text), lesson="04",
                     course=Course({n: None for n in ("01", "02", "03", "04", "05", "06", "07")}))
    assert [(p.kind, p.what) for p in found] == [("lesson", "Lesson 6")]
    assert "Gaussian mixtures" in found[0].message and "label propagation" in found[0].message
    right = "Lesson 07 studies Gaussian mixtures in detail."
    assert problems(out(""), ("md", "c", right), lesson="04",
                    course=Course({n: None for n in ("01", "02", "03", "04", "05", "06", "07")})) == []


def test_next_lesson_on_the_wrong_topic_fails():
    """Item 1 of issue 17, in lesson 01."""
    text = ("**Next:** lesson 02 asks how to choose $k$ when the data does not tell you: the elbow of\n"
            "the inertia curve and the silhouette score.")
    found = problems(out(""), ("md", "summary", text), lesson="01")
    assert [(p.kind, p.what, p.cell) for p in found] == [("lesson", "lesson 02", "summary")]
    fixed = ("**Next:** lesson 02 shows why the features must be scaled before k-means; lesson 03 "
             "chooses $k$ (elbow, silhouette).")
    assert problems(out(""), ("md", "summary", fixed), lesson="01") == []


def test_a_lesson_that_does_not_exist_fails():
    found = problems(out(""), ("md", "summary", "**Next:** lesson 07 fits Gaussian mixtures."), lesson="06")
    assert [(p.kind, p.what) for p in found] == [("lesson", "lesson 07")]
    assert "does not exist" in found[0].message


def test_an_unnumbered_next_lesson_fails():
    """Item 48 of issue 17."""
    text = "**Where to go next:** the scikit-learn user guide, and the next lesson."
    assert [p.what for p in problems(out(""), ("md", "summary", text), lesson="06")] == ["next lesson"]
    named = "**Where to go next:** the next lesson, lesson 02, scales the features."
    assert problems(out(""), ("md", "summary", named), lesson="01") == []


def test_several_lessons_and_the_own_topic():
    text = "Prerequisites: lessons 01 and 02 (k-means, inertia and feature scaling)."
    assert problems(out(""), ("md", "c", text), lesson="03") == []
    # the notebook's own topic words do not make a reference wrong
    own = "Lesson 04 showed k-means failing on stretched blobs; a Gaussian mixture does not."
    assert problems(out(""), ("md", "c", own), lesson="07",
                    course=Course({n: None for n in ("01", "02", "03", "04", "07")})) == []


SECTIONS = ("## 7. When the true labels are known\n\nText.",
            "## 8. Profiling the clusters\n\nText.",
            "## 9. Assigning a new observation\n\nText.")


def test_section_reference_with_the_wrong_number_fails():
    """Item 18 of issue 17."""
    text = ("Before any distance is computed we standardise the columns, and we keep the fitted "
            "scaler, because section 8 scales a new observation with it. We also keep the "
            "unscaled DataFrame: section 7 describes the clusters in the original units.")
    cells = [("md", f"s{i}", s) for i, s in enumerate(SECTIONS)]
    found = problems(out(""), ("md", "mystery_scale_md", text), *cells, lesson="03")
    assert [(p.kind, p.what) for p in found] == [("section", "section 8"), ("section", "section 7")]
    assert "Profiling the clusters" in found[0].message
    fixed = text.replace("section 8", "section 9").replace("section 7", "section 8")
    assert problems(out(""), ("md", "mystery_scale_md", fixed), *cells, lesson="03") == []
    assert problems(out(""), ("md", "c", "As §9 assigns a new observation."), *cells, lesson="03") == []


def test_section_that_does_not_exist_fails():
    found = problems(out(""), ("md", "c", "Section 10 profiles the clusters."),
                     *[("md", f"s{i}", s) for i, s in enumerate(SECTIONS)], lesson="03")
    assert [(p.kind, p.what) for p in found] == [("section", "section 10")]


def test_section_of_another_lesson(tmp_path):
    other = tmp_path / "04_silhouette_diagrams" / "04_silhouette_diagrams.ipynb"
    other.parent.mkdir()
    nbformat.write(notebook(("md", "h", "## 3. Reading a silhouette diagram")), str(other))
    course_ = Course({"04": other, "05": None})
    right = "Lesson 04's section 3 reads a silhouette diagram."
    assert problems(out(""), ("md", "c", right), course=course_) == []
    wrong = "Section 3 of lesson 04 fits DBSCAN on moons."
    assert [p.what for p in problems(out(""), ("md", "c", wrong), course=course_)] == ["section 3"]


def test_exercise_of_this_lesson_must_exist():
    cells = [("md", "ex5_1_md", "### Exercise 5.1 — sweep (2 points)"),
             ("md", "c", "Exercise 5.1 sweeps eps; Exercise 5.4 reads it; Exercise 4.3 did it too.")]
    assert [p.what for p in problems(out(""), *cells)] == ["Exercise 5.4"]


def test_command_line_prints_cell_and_sentence(tmp_path, capsys):
    folder = tmp_path / "solutions" / "05_dbscan"
    folder.mkdir(parents=True)
    nbformat.write(notebook(out("7 clusters\n"), ("md", "after", "It finds 8 clusters.")),
                   str(folder / "05_dbscan.ipynb"))
    assert prose_figures.main([str(folder / "05_dbscan.ipynb")]) == 1
    printed = capsys.readouterr().out
    assert "[after] 8" in printed and "It finds 8 clusters." in printed
    nbformat.write(notebook(out("7 clusters\n"), ("md", "after", "It finds 7 clusters.")),
                   str(folder / "05_dbscan.ipynb"))
    assert prose_figures.main([str(folder / "05_dbscan.ipynb")]) == 0


def test_identifiers_versions_and_ordinals():
    text = "Sorted by x1 with tab10 (ex6_5). scikit-learn 1.9.1 keeps the 30th percentile."
    assert figures(out("30\n"), ("md", "c", text)) == ["1.9.1"]
    assert figures(out("1347\n"), ("md", "c", "The 1,347 images, the 1,347, and more.")) == []


def test_keywords_in_inline_code_and_identifiers_count():
    cells = [("md", "c", "Lesson 05 sets `min_samples` by hand.")]
    assert problems(out(""), *cells, lesson="07",
                    course=Course({n: None for n in ("05", "07")})) == []
    wrong = [("md", "c", "Lesson 02 sets `min_samples` by hand.")]
    assert [p.what for p in problems(out(""), *wrong, lesson="07",
                                     course=Course({n: None for n in ("02", "05", "07")}))] == ["Lesson 02"]


def test_sentences_split_without_capitals_but_not_after_abbreviations():
    text = ("k-means (lessons 01-04) and Gaussian mixtures (lesson 07). scikit-learn offers "
            "*affinity propagation* too, e.g. for exemplars.")
    assert problems(out(""), ("md", "c", text), lesson="09",
                    course=Course({n: None for n in ("01", "02", "03", "04", "06", "07", "09")})) == []
    # "e.g." does not end a sentence: the sentence naming lesson 06 is the whole line
    text = "Lesson 06 labels few images, e.g. the representatives. Lesson 07 fits Gaussian mixtures."
    assert problems(out(""), ("md", "c", text), lesson="09",
                    course=Course({n: None for n in ("06", "07", "09")})) == []


def test_an_exemption_reason_may_hold_parentheses():
    text = "There are n(n-1)/2 pairs. <!-- not results: 1, 2 (in n(n-1)/2) -->"
    assert problems(out(""), ("md", "c", text)) == []
