#!/usr/bin/env bash
# Cold-start figures, process level: runs the S3 handler's first summary in N fresh JVMs, without and with
# the priming SnapStart does before its snapshot, and prints the medians.   scripts/coldstart.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10}
[ -f target/readout.jar ] || mvn -B -ntp -q package -DskipTests
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for mode in cold primed; do
  arg=$([ "$mode" = primed ] && echo --primed || true)
  out=$(for _ in $(seq "$n"); do java -cp target/readout.jar readout.cli.ColdStart $arg 2>&1 >/dev/null | grep '^coldstart'; done)
  total=$(echo "$out" | sed 's/.*jvm_to_first_summary_ms=\([0-9]*\).*/\1/' | median)
  first=$(echo "$out" | sed 's/.*first_handler_call_ms=\([0-9]*\).*/\1/' | median)
  echo "$mode: median over $n runs: JVM start to first summary ${total} ms; the first handler call ${first} ms"
done
echo "jar: $(du -h target/readout.jar | cut -f1) ($(stat -c %s target/readout.jar) bytes)"
