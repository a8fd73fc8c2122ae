"""Command line: ``python -m autograder COMMAND ...`` (also ``course-autograder``).

    release [LESSON ...]    pin checked outputs in solutions/, regenerate notebooks/ (default: all)
    validate [LESSON ...]   nbgrader-validate the answer keys (they must pass)
    grade ASSIGNMENT [SUBMISSIONS]   grade a class in parallel (see grade --help)
    export [ASSIGNMENT ...] --lms canvas|moodle|plain   totals for an LMS gradebook import
    mutants [LESSON ...]    mutation report: how many mutated answers the tests catch
"""

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m autograder", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (("release", "regenerate student notebooks from solutions/"),
                            ("validate", "validate the answer keys with nbgrader")):
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument("lessons", nargs="*", help="lesson names (default: all)")
    mutants = commands.add_parser("mutants", help="mutation report of the lessons' tests")
    mutants.add_argument("lessons", nargs="*", help="lesson names (default: all)")
    mutants.add_argument("--sample", type=int, help="test a seeded sample of N mutants per lesson")
    mutants.add_argument("--seed", type=int, default=0)
    mutants.add_argument("--quiet", action="store_true", help="figures only, no survivor list")
    from .grading import run as grading
    grading.parser(commands.add_parser("grade", help="grade a whole class in parallel"))
    from .grading import export
    export.parser(commands.add_parser("export", help="totals as a CSV an LMS gradebook imports"))
    args = parser.parse_args(argv)
    if args.command == "grade":
        return grading.main(args=args)
    if args.command == "export":
        return export.main(args=args)
    if args.command == "mutants":
        from .mutants import main as report
        return report(args.lessons, args.sample, args.seed, not args.quiet)
    if args.command == "release":
        from .release import main as run
    else:
        from .validate import main as run
    return run(args.lessons)


if __name__ == "__main__":
    sys.exit(main())
