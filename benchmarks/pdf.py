"""Time the summary PDF: median and maximum of 20 builds per example patient.

Run from the repository root: ``python benchmarks/pdf.py [--runs 20] [--paper a4]``.
Target: a median under 300 ms per patient on a 2-core machine. The first build of each
patient is not counted: it may parse fonts, which are cached for the process afterwards.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 300.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--paper", choices=["a4", "letter"], default="a4")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from decision_aid.content import default_content
    from decision_aid.report import build_pdf
    from decision_aid.savefile import loads

    content = default_content()
    patients = sorted((ROOT / "data" / "examples" / "patients").glob("*.json"))
    answers = {p.stem: loads(p.read_bytes()) for p in patients}
    missed = False
    for name, a in answers.items():
        t = time.perf_counter()
        build_pdf(content, a, args.paper)  # the first build also parses this text's fonts
        first = (time.perf_counter() - t) * 1000
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            pdf = build_pdf(content, a, args.paper)
            times.append((time.perf_counter() - t) * 1000)
        median = statistics.median(times)
        missed |= median > TARGET_MS
        print(
            f"{name:36} median {median:5.0f} ms  max {max(times):5.0f} ms  "
            f"(first {first:4.0f} ms; {len(pdf) // 1024} KiB; {args.runs} runs)"
        )
    print(f"target: median under {TARGET_MS:.0f} ms: {'MISSED' if missed else 'met'}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
