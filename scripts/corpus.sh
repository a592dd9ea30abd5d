#!/usr/bin/env bash
# Runs the engine over the unannotated news corpus beside the repo (../shared/corpus: 4,963 real articles) and
# prints what a gold set cannot show: wall time and articles/s, crashes (EXTRACTION_ERROR records, anything on
# stderr, an input without a record), hangs (an article over the limit, or the run killed by its bound),
# statements and agreements per article, and the share of articles that quote someone (a double quotation
# mark and "said") yet yield no statement (target: 5 % or less), per part, genre and outlet of manifest.tsv.
#   scripts/corpus.sh                  the figures; exit 1 on a crash or a hang
#   scripts/corpus.sh --list 10        also name 10 quoting articles with no statement, to read
#   scripts/corpus.sh --limit-ms 2000  an article slower than this counts as a hang (default 5000)
#   KEEP=dir scripts/corpus.sh         keep records.jsonl and stderr.txt in dir
#   CORPUS_DIR=path RUN_TIMEOUT=s      another corpus (with news/ and manifest.tsv); the whole run's bound (600)
# No gold: a figure from here is a warning sign to read, not a score to tune.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS_DIR=${CORPUS_DIR:-../shared/corpus}
RUN_TIMEOUT=${RUN_TIMEOUT:-600}
report_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --list) report_args+=(--list "$2"); shift ;;
    --limit-ms) report_args+=(--limit-ms "$2"); shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "corpus: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ ! -d "$CORPUS_DIR/news" ]; then
  echo "corpus: no corpus at $CORPUS_DIR/news (a clone has no ../shared); nothing measured"
  exit 0
fi
# (re)build when the jar is missing or older than the code: the figures must be the code's in this tree
if [ ! -f target/readout.jar ] || [ -n "$(find src/main pom.xml -newer target/readout.jar -print -quit)" ]; then
  mvn -B -ntp -q package -DskipTests
fi
out=${KEEP:-$(mktemp -d)}
mkdir -p "$out"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$out"' EXIT
start=$(date +%s.%N)
code=0
# --timings adds one stderr line per article (its engine time); the records on stdout are the usual ones
timeout "$RUN_TIMEOUT" java -jar target/readout.jar summarize --timings "$CORPUS_DIR/news" \
  > "$out/records.jsonl" 2> "$out/stderr.txt" || code=$?
end=$(date +%s.%N)
wall=$(python3 -c "print($end - $start)")
python3 scripts/corpus_report.py "$CORPUS_DIR/news" "$CORPUS_DIR/manifest.tsv" "$out/records.jsonl" \
  "$out/stderr.txt" "$wall" "$code" --run-timeout "$RUN_TIMEOUT" "${report_args[@]}"
