"""Command line: ``check``, ``summary``, ``fhir`` and ``questionnaire``."""

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
    fhir = sub.add_parser("fhir", help="a FHIR R4 QuestionnaireResponse of the answers")
    fhir.add_argument("answers", help="a save file (JSON) or a summary PDF")
    fhir.add_argument("-o", "--output", required=True, help="where to write the JSON")
    quest = sub.add_parser("questionnaire", help="the FHIR R4 Questionnaire it answers")
    quest.add_argument("-o", "--output", required=True, help="where to write the JSON")
    sub.add_parser("passcode-hash", help="hash a clinician passcode (read from stdin)")
    args = parser.parse_args(argv)
    if args.command == "passcode-hash":
        from decision_aid.clinic.passcode import hash_passcode

        try:  # read as bytes: bytes that are not UTF-8 could never be typed on the page,
            # and a strict locale would raise while reading them
            code = sys.stdin.buffer.readline().decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            print("error: the passcode is not UTF-8 text; type it again.", file=sys.stderr)
            return 2
        if not code:
            print("error: give the passcode on standard input.", file=sys.stderr)
            return 2
        print(hash_passcode(code))
        return 0
    if args.command == "check":
        from decision_aid.check import main as check_main

        return check_main()
    if args.command in ("fhir", "questionnaire"):
        from decision_aid import cli_fhir

        if args.command == "fhir":
            return cli_fhir.response_main(args.answers, args.output)
        return cli_fhir.questionnaire_main(args.output)
    from decision_aid.cli_summary import main as summary_main

    return summary_main(args.answers, args.output, args.paper)


if __name__ == "__main__":
    sys.exit(main())
