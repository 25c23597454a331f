#!/usr/bin/env python3
"""Scores a kabar export against the hand-made dev gold and fails below the
thresholds of issue 3. Prints every figure, and the misses, so a failing run
says what went wrong.

usage: check_quality.py GOLD_DIR OUT_DIR
"""
import json
import os
import subprocess
import sys

THRESHOLDS = {  # issue 3 acceptance
    ("entities", "f1"): 0.95,
    ("facts", "precision"): 0.92,
    ("facts", "f1"): 0.90,
    ("facts", "status_accuracy"): 0.90,
}


def main():
    gold, out = sys.argv[1], sys.argv[2]
    scorer = os.path.join(os.path.dirname(os.path.abspath(__file__)), "score.py")
    res = subprocess.run([sys.executable, scorer, gold, out, "--json"],
                         capture_output=True, text=True, check=True)
    r = json.loads(res.stdout)
    ok = True
    for (part, key), minimum in THRESHOLDS.items():
        value = r[part][key]
        flag = "ok" if value >= minimum else "BELOW"
        ok &= value >= minimum
        print(f"{part} {key}: {value:.3f} (minimum {minimum:.2f}) {flag}")
    e, f = r["entities"], r["facts"]
    print(f"entities tp={e['tp']} fp={e['fp']} fn={e['fn']}; "
          f"facts tp={f['tp']} fp={f['fp']} fn={f['fn']}")
    verbose = subprocess.run([sys.executable, scorer, gold, out, "--verbose"],
                             capture_output=True, text=True)
    print("\n".join(l for l in verbose.stdout.splitlines()
                    if "missed" in l or "wrong" in l or "unknown" in l or l.startswith("==")))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
