"""Detection on the Recognizers-Text specs: does ``civex.extract_text`` find the spec's results?

Runs ``extract_text(Input)`` on every Input of CurrencyModel, DimensionModel and
PercentModel and counts a spec result as found when a claim overlaps its span and has
the same value (percentage points and ‰ compared in %). The inputs are short and
context-free (no verb, no object, often no sentence), so a low figure is information
about the claim layer's demands, not a defect of the numeral layer.

    .venv/bin/python tests/peer_detection.py
"""
from __future__ import annotations

import math
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from civex import extract_text  # noqa: E402
from peer_scope import classify, expected, load  # noqa: E402

DETECTION_MODELS = ("CurrencyModel", "DimensionModel", "PercentModel")


def _claim_value(claim: dict) -> float | None:
    value = claim.get("value")
    if value is not None and claim.get("unit") == "‰":
        value = value / 10
    return value


def detection(model: str) -> dict:
    """Counts for one spec file: results, found, and the same for the in-scope ones."""
    out = {"results": 0, "found": 0, "in_scope": 0, "in_scope_found": 0}
    for n, case in enumerate(load(model)):
        results = case.get("Results", [])
        if not results:
            continue
        claims = extract_text(case["Input"], doc=f"{model}-{n}")
        for r in results:
            want, _unit = expected(model, r)
            a, b = r["Start"], r["End"] + 1
            hit = any(c["start"] < b and a < c["end"] and want is not None and _claim_value(c) is not None
                      and math.isclose(_claim_value(c), want, rel_tol=1e-9, abs_tol=1e-12)
                      for c in claims)
            scoped = classify(model, r) is None
            out["results"] += 1
            out["found"] += hit
            out["in_scope"] += scoped
            out["in_scope_found"] += hit and scoped
    return out


def report() -> dict:
    return {m: detection(m) for m in DETECTION_MODELS}


def main() -> None:
    for model, d in report().items():
        print(f"{model}: {d['found']}/{d['results']} spec results found as claims "
              f"({d['in_scope_found']}/{d['in_scope']} of the in-scope ones)")


if __name__ == "__main__":
    main()
