#!/usr/bin/env bash
# Scores the engine on a hand-annotated eval set, overall and per group. The set: EVAL_DIR if given; else the shared
# dev set beside the repo (../shared/eval/dev, 78 articles: the measure the README's figures come from) when it is
# there; else the public set shipped in eval/public (6 articles whose texts may travel with the code: a clone has it).
#   scripts/eval.sh                 print the scores, overall and per group (name prefix: d, dE, dF, dG, dH)
#   scripts/eval.sh --errors        also list, per article, misses, wrong speakers and extras
#   scripts/eval.sh --passes        also count, per attribution rule (a statement's `via`), what it decided and how often it was right
#   scripts/eval.sh --meta          also list, per article, the date/dateline/agency the record gets wrong
#   scripts/eval.sh --check         also fail when a score is under its floor (the set's floors: see below)
#   scripts/eval.sh --only dE,dG    score only the articles whose names start so (check a change on a part you did not look at)
#   EVAL_DIR=path scripts/eval.sh   score another folder of articles + NAME.gold.json files (eval/public: the shipped set)
#   SCORER=path scripts/eval.sh     score with another scorer of the same interface (default: scripts/score.py)
# --check reads the floors of the set: scripts/eval-targets-public.json for eval/public, else scripts/eval-targets.json.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${EVAL_DIR:-}" ]; then
  if [ -d ../shared/eval/dev ]; then EVAL_DIR=../shared/eval/dev; else EVAL_DIR=eval/public; fi
fi
[ -d "$EVAL_DIR" ] || { echo "eval: no such folder: $EVAL_DIR" >&2; exit 2; }
SCORER=${SCORER:-scripts/score.py}
if [ "$(cd "$EVAL_DIR" && pwd -P)" = "$(cd eval/public && pwd -P)" ]; then
  TARGETS=${TARGETS:-scripts/eval-targets-public.json}
else
  TARGETS=${TARGETS:-scripts/eval-targets.json}
fi
command -v python3 >/dev/null || { echo "eval: python3 is needed to score" >&2; exit 2; }
echo "eval: $EVAL_DIR ($(find "$EVAL_DIR" -maxdepth 1 -name '*.gold.json' | wc -l) annotated articles), scorer $SCORER"
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
    --check) args+=(--check "$TARGETS") ;;
    --errors) args+=(--errors) ;;
    --passes) args+=(--passes) ;;
    --meta) args+=(--meta) ;;
    --only) args+=(--only "$2"); shift ;;
    *) echo "eval: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
python3 scripts/eval_report.py "$SCORER" "$EVAL_DIR" "$out/records.jsonl" "${args[@]}"
