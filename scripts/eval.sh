#!/usr/bin/env bash
# Scores the engine on the hand-annotated eval set beside the repo (../shared/eval by default).
#   scripts/eval.sh            print the scores
#   scripts/eval.sh --check    also fail when a score is under its target
#   EVAL_DIR=path scripts/eval.sh   score another folder of articles + NAME.gold.json files
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL_DIR=${EVAL_DIR:-../shared/eval/dev}
SCORER=${SCORER:-$(dirname "$EVAL_DIR")/score.py}
[ -f target/readout.jar ] || mvn -B -ntp -q package -DskipTests
out=$(mktemp -d)
# exit status 1 only means some input was rejected; the scorer counts what is missing
java -jar target/readout.jar summarize "$EVAL_DIR" > "$out/records.jsonl" || [ $? -eq 1 ]
python3 "$SCORER" "$EVAL_DIR" "$out/records.jsonl"
if [ "${1:-}" = "--check" ]; then
  python3 "$SCORER" "$EVAL_DIR" "$out/records.jsonl" --json > "$out/scores.json"
  python3 - "$out/scores.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
targets = {"statements": 0.75, "agreements": 0.65, "participants": 0.90}
bad = [f"{k} F1 {s[k]['f1']:.3f} < {t}" for k, t in targets.items() if s[k]["f1"] < t]
if bad:
    print("eval: under target: " + "; ".join(bad)); sys.exit(1)
print("eval: all targets met (" + ", ".join(f"{k} {s[k]['f1']:.3f}" for k in targets) + ")")
PY
fi
rm -rf "$out"
