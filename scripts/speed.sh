#!/usr/bin/env bash
# Speed against the peer and over the corpus (beside the repo: ../shared). A measurement, not a gate: exit 0.
#   scripts/speed.sh              the engine (bench) and the peer (compromise, ../shared/peers) on the dev
#                                 set's .txt articles, interleaved for a few rounds in this one run, then the
#                                 whole corpus through summarize (../shared/corpus/news)
#   scripts/speed.sh --rounds 7   more rounds (default 5); --no-corpus skips the corpus run
# Targets: the engine at most 0.5 x the peer's time per article; the whole corpus in 60 s or less.
# Machines vary from run to run: compare the ratio, measured in the same run, not absolute times.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL_DIR=${EVAL_DIR:-../shared/eval/dev}
PEERS_DIR=${PEERS_DIR:-../shared/peers}
CORPUS_DIR=${CORPUS_DIR:-../shared/corpus}
rounds=5
corpus=1
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift ;;
    --no-corpus) corpus=0 ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "speed: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
shopt -s nullglob
files=("$EVAL_DIR"/*.txt)
if [ ${#files[@]} -eq 0 ]; then
  echo "speed: no articles at $EVAL_DIR (a clone has no ../shared); nothing measured"
  exit 0
fi
if [ ! -f target/readout.jar ] || [ -n "$(find src/main pom.xml -newer target/readout.jar -print -quit)" ]; then
  mvn -B -ntp -q package -DskipTests
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

peer=0
if [ -f "$PEERS_DIR/speed.mjs" ] && command -v npm > /dev/null; then
  cp -r "$PEERS_DIR/." "$work/peers"
  if (cd "$work/peers" && npm install --silent --no-audit --no-fund > "$work/npm.log" 2>&1); then
    peer=1
  else
    echo "speed: npm install of the peer failed (offline? see below): the peer is not measured"
    tail -3 "$work/npm.log" | sed 's/^/  npm: /'
  fi
else
  echo "speed: no peer at $PEERS_DIR or no npm: the peer is not measured"
fi

engine() {
  java -jar target/readout.jar bench "${files[@]}" > "$work/e.txt"
  # 'per article: median X ms' and 'throughput: N articles/s': the median, and the mean as 1000/throughput
  awk '/^per article:/ { m = $4 } /^throughput:/ { t = $2 } END { printf "%s %.4f\n", m, 1000 / t }' "$work/e.txt"
}
peer_run() {
  node "$work/peers/speed.mjs" "${files[@]}" > "$work/p.txt"
  # 'compromise: ... = N articles/s, X ms/article, ...': a mean over its rounds
  sed -n 's/.* \([0-9.]*\) ms\/article.*/\1/p' "$work/p.txt"
}

echo "articles: ${#files[@]} .txt files of $EVAL_DIR; $rounds rounds, engine and peer in turn (order swapped each round)"
: > "$work/rounds.txt"
for r in $(seq 1 "$rounds"); do
  if [ $((r % 2)) -eq 1 ]; then e=$(engine); p=$([ $peer -eq 1 ] && peer_run || echo -); else p=$([ $peer -eq 1 ] && peer_run || echo -); e=$(engine); fi
  p=${p:--}
  echo "$e $p" >> "$work/rounds.txt"
  printf '  round %d: engine median %s ms, mean %s ms per article; peer %s ms per article\n' "$r" $e "$p"
done
python3 - "$work/rounds.txt" <<'EOF'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
med = lambda xs: statistics.median(xs)
e_median = med([float(r[0]) for r in rows])
e_mean = med([float(r[1]) for r in rows])
print(f"engine: per-article median {e_median:.3f} ms; mean {e_mean:.3f} ms per article (median of the rounds)")
if all(r[2] != "-" for r in rows):
    p_mean = med([float(r[2]) for r in rows])
    paired = med([float(r[1]) / float(r[2]) for r in rows])
    print(f"peer (compromise): mean {p_mean:.3f} ms per article (median of the rounds)")
    verdict = "within" if paired <= 0.5 else "OVER"
    print(f"engine / peer, mean time per article, round by round: median {paired:.3f}"
          f" (range {min(float(r[1]) / float(r[2]) for r in rows):.3f}-{max(float(r[1]) / float(r[2]) for r in rows):.3f});"
          f" {verdict} the 0.5 target")
EOF

if [ $corpus -eq 1 ]; then
  if [ -d "$CORPUS_DIR/news" ]; then
    n=$(find "$CORPUS_DIR/news" -name '*.txt' | wc -l)
    code=0
    /usr/bin/time -f '%e %M' -o "$work/time.txt" java -jar target/readout.jar summarize "$CORPUS_DIR/news" > /dev/null 2> "$work/err.txt" || code=$?
    read -r wall peak < <(tail -1 "$work/time.txt")  # after time's own 'exited with status' line, if any
    python3 -c "
w, n, kb = float('$wall'), int('$n'), int('$peak')
print(f'whole corpus through summarize: {n} articles in {w:.1f} s wall (JVM start included), {n / w:.0f} articles/s,'
      f' peak memory {kb / 1024:.0f} MB; ' + ('within' if w <= 60 else 'OVER') + ' the 60 s target')"
    [ $code -eq 0 ] || echo "  (summarize exited $code: run scripts/corpus.sh for the crashes)"
  else
    echo "speed: no corpus at $CORPUS_DIR/news: the whole-corpus time is not measured"
  fi
fi
