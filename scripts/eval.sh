#!/usr/bin/env bash
# Scores the engine on the hand-annotated eval set beside the repo (../shared/eval by default), overall and per group.
#   scripts/eval.sh                 print the scores, overall and per group (name prefix: d, dE, dF, dG, dH)
#   scripts/eval.sh --errors        also list, per article, misses, wrong speakers and extras
#   scripts/eval.sh --passes        also count, per attribution rule (a statement's `via`), what it decided and how often it was right
#   scripts/eval.sh --meta          also list, per article, the date/dateline/agency the record gets wrong
#   scripts/eval.sh --check         also fail when a score is under its floor in scripts/eval-targets.json
#   scripts/eval.sh --only dE,dG    score only the articles whose names start so (check a change on a part you did not look at)
#   EVAL_DIR=path scripts/eval.sh   score another folder of articles + NAME.gold.json files
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL_DIR=${EVAL_DIR:-../shared/eval/dev}
SCORER=${SCORER:-$(dirname "$EVAL_DIR")/score.py}
[ -f target/readout.jar ] || mvn -B -ntp -q package -DskipTests
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# exit status 1 only means some input was rejected; the scorer counts what is missing
java -jar target/readout.jar summarize "$EVAL_DIR" > "$out/records.jsonl" || [ $? -eq 1 ]
[ -n "${KEEP_RECORDS:-}" ] && cp "$out/records.jsonl" "$KEEP_RECORDS"
python3 "$SCORER" "$EVAL_DIR" "$out/records.jsonl"
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --check) args+=(--check scripts/eval-targets.json) ;;
    --errors) args+=(--errors) ;;
    --passes) args+=(--passes) ;;
    --meta) args+=(--meta) ;;
    --only) args+=(--only "$2"); shift ;;
    *) echo "eval: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
python3 scripts/eval_report.py "$SCORER" "$EVAL_DIR" "$out/records.jsonl" "${args[@]}"
