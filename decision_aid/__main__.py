"""Command line: ``python -m decision_aid check`` and ``python -m decision_aid summary``."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m decision_aid")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="validate all content and report on it")
    summ = sub.add_parser("summary", help="build the summary PDF from a save file")
    summ.add_argument("answers", help="a save file (JSON) or a summary PDF")
    summ.add_argument("-o", "--output", required=True, help="where to write the PDF")
    summ.add_argument("--paper", choices=["a4", "letter"], default="a4")
    args = parser.parse_args(argv)
    if args.command == "check":
        from decision_aid.check import main as check_main

        return check_main()
    from decision_aid.cli_summary import main as summary_main

    return summary_main(args.answers, args.output, args.paper)


if __name__ == "__main__":
    sys.exit(main())
