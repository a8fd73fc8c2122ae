"""Item analysis of a graded class: which exercises work as exercises.

Two classical figures per autograded exercise. *Difficulty* is the mean score over the
points, from 0 (nobody scores) to 1 (everyone gets full marks). *Discrimination* is the
correlation between the exercise's score and the rest of the autograded total: an
exercise that stronger students pass and weaker ones fail has a clearly positive value.
An exercise almost nobody passes, or one that the strongest students fail more than the
weakest, usually points at an unclear statement or a broken test, not at the students.
"""


def exercise_name(grade_id: str) -> str:
    return grade_id[:-6] if grade_id.endswith("_tests") else grade_id


def item_analysis(columns, rows, autograded: set) -> list[dict]:
    """Per autograded exercise: difficulty (mean score over maximum), discrimination (the
    correlation between the exercise's score and the rest of the autograded total), and
    a flag when either points at an unclear statement or a broken test."""
    import numpy as np

    items = [(nb, g, p) for nb, g, p in columns if (nb, g) in autograded and p]
    scored = [r for r in rows if all(r["scores"].get((nb, g)) is not None for nb, g, _ in items)]
    table = []
    for nb, g, p in items:
        own = np.array([r["scores"][(nb, g)] for r in scored], dtype=float)
        rest = np.array([sum(r["scores"][(n2, g2)] for n2, g2, _ in items if (n2, g2) != (nb, g))
                         for r in scored], dtype=float)
        difficulty = float(own.mean() / p) if len(own) else float("nan")
        spread = len(own) > 2 and own.std() > 0 and rest.std() > 0
        discrimination = float(np.corrcoef(own, rest)[0, 1]) if spread else float("nan")
        flag = ""
        if difficulty < 0.2:
            flag = "almost everyone lost it: statement or test?"
        elif difficulty > 0.95:
            flag = "almost everyone got it"
        elif discrimination < 0:
            flag = "stronger students fail it more than weaker ones: statement or test?"
        table.append({"exercise": exercise_name(g), "points": p, "difficulty": difficulty,
                      "discrimination": discrimination, "flag": flag})
    return table
