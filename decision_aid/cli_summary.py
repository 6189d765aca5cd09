"""``python -m decision_aid summary ANSWERS -o summary.pdf [--paper letter]``.

Reads a save file (JSON) or a summary PDF that carries one, and writes the summary PDF.
Problems are reported as one plain line on stderr ("error: ...") with exit status 2;
there is never a traceback.
"""

from __future__ import annotations

from decision_aid.cli_io import CliError, error, read, write


def main(answers_path: str, output: str, paper: str) -> int:
    try:
        content, loaded = read(answers_path)
        from decision_aid.report import build_pdf

        try:
            pdf = build_pdf(content, loaded.answers, paper, shortened=loaded.shortened)
        except ValueError as exc:
            return error(str(exc))
        except OSError as exc:
            return error(f"a file the PDF needs cannot be read ({exc.strerror or exc}).")
        except Exception as exc:  # never a traceback: name the failure in one line
            return error(f"the PDF could not be made ({type(exc).__name__}: {exc}).")
        write(output, pdf)
    except CliError as exc:
        return error(str(exc))
    return 0
