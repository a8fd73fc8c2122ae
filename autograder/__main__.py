"""Command line: ``python -m autograder COMMAND ...`` (also ``course-autograder``).

    release [LESSON ...]    regenerate notebooks/ from solutions/ (all lessons by default)
    validate [LESSON ...]   nbgrader-validate the answer keys (they must pass)
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
    args = parser.parse_args(argv)
    if args.command == "release":
        from .release import main as run
    else:
        from .validate import main as run
    return run(args.lessons)


if __name__ == "__main__":
    sys.exit(main())
