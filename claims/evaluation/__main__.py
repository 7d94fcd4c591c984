"""`python -m claims.evaluation GOLD.json [--json] [--brief]`: print the quality report."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from claims.evaluation.corpus import GoldFileError, evaluate_gold_file


def main(argv: list[str] | None = None) -> int:
    """Evaluate the extractor on a gold file and print the report."""
    parser = argparse.ArgumentParser(prog="python -m claims.evaluation")
    parser.add_argument("gold", type=Path, help="gold JSON file (dev-corpus format)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--brief", action="store_true", help="figures only, no misses")
    args = parser.parse_args(argv)
    try:
        report = evaluate_gold_file(args.gold)
    except GoldFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, default=str))
    else:
        print(report.format_text(misses=not args.brief), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
