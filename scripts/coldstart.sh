#!/usr/bin/env bash
# Start-up figures, each in fresh JVMs, medians (README, Speed):
#   worker  the worker function's cold start with the real AWS SDK clients against local emulators (scripts/local.sh's
#           dynalite and s3rver, on free ports of their own, stopped after): JVM start -> first record stored
#           in DynamoDB, through SqsEventHandler on an S3 notification; N runs without and N with the priming
#           SnapStart does before its snapshot, interleaved, each on an object of its own, then a second object
#           through the same JVM. The JVMs get the flags Lambda's Java runtime starts functions with (client
#           compiler only, serial collector).
#   cli     `summarize` of one article: java -jar target/readout.jar and bin/readout, against a Java hello-world,
#           in N interleaved rounds (with `bin/readout --help`, the start of this jar doing no work); wall and CPU
#           time of each process, and the median of the rounds' ratios to the hello-world (wall, and CPU).
# usage: scripts/coldstart.sh [worker|cli|all] [N]     (default: all, 8; worker needs Node.js and the aws CLI)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
n=${2:-8}
case "$what" in worker | cli | all) ;; *) echo "usage: $0 [worker|cli|all] [N]" >&2; exit 2 ;; esac
[ -f target/readout.jar ] || mvn -B -ntp -q package -DskipTests
article=src/test/resources/articles/seed-vn-cuba-2021.txt
work=$(mktemp -d)
cleanup() {
  [ -d "$work/emulators" ] && EMULATORS_STATE=$work/emulators bash scripts/local.sh down >/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# the median of numbers one a line, printed with the format given (default: whole numbers)
median() { sort -n | awk -v f="${1:-%.0f}" '{a[NR]=$1} END {if (NR) printf f "\n", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }
free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 30000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}

worker() {
  command -v aws >/dev/null || { echo "coldstart: the worker figures need the aws CLI (and Node.js)" >&2; exit 1; }
  local i f mode arg
  # scripts/local.sh's emulators, bucket and table (shaped as in template.yaml), on free ports and in a state folder
  # of this run's own, so a walkthrough already running is left alone
  export EMULATORS_STATE=$work/emulators LOCAL_DYNAMODB_PORT LOCAL_S3_PORT
  LOCAL_DYNAMODB_PORT=$(free_port)
  LOCAL_S3_PORT=$(free_port)
  [ "$LOCAL_S3_PORT" != "$LOCAL_DYNAMODB_PORT" ] || LOCAL_S3_PORT=$((LOCAL_DYNAMODB_PORT + 1))
  mkdir -p "$work/emulators" "$work/upload"
  bash scripts/local.sh up >/dev/null
  unset AWS_PROFILE AWS_SESSION_TOKEN QUEUE_URL AWS_ENDPOINT_URL AWS_ENDPOINT_URL_SQS
  eval "$(bash scripts/local.sh env)"
  export POWERTOOLS_LOG_LEVEL=INFO
  # one object per run, so every run stores a new record (a second delivery of one object would only be a DUPLICATE)
  for i in $(seq "$n"); do for f in cold primed; do cp "$article" "$work/upload/$f-$i.txt"; cp "$article" "$work/upload/$f-$i-second.txt"; done; done
  aws s3 cp --recursive --quiet "$work/upload" "s3://$SOURCE_BUCKET/coldstart/"
  for i in $(seq "$n"); do
    for mode in cold primed; do
      arg=$([ "$mode" = primed ] && echo --primed || true)
      java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp target/readout.jar readout.cli.ColdStart $arg "coldstart/$mode-$i.txt" "coldstart/$mode-$i-second.txt" \
        2>&1 >/dev/null | grep '^coldstart' | tee -a "$work/$mode" >/dev/null
    done
  done
  if grep -q 'stored=false' "$work/cold" "$work/primed"; then echo "coldstart: a run stored no record" >&2; exit 1; fi
  for mode in cold primed; do
    [ "$(wc -l < "$work/$mode")" -eq "$n" ] || { echo "coldstart: $mode: $(wc -l < "$work/$mode") of $n runs reported" >&2; exit 1; }
  done
  echo "worker, $n fresh JVMs each, real S3 and DynamoDB clients against dynalite and s3rver (median):"
  echo "  on-demand init: JVM start to first record stored $(field jvm_to_first_record_ms < "$work/cold" | median) ms" \
    "($(field cpu_to_first_record_ms < "$work/cold" | median) ms of CPU);" \
    "of it the handler's first call $(field first_handler_call_ms < "$work/cold" | median) ms" \
    "(Services: $(field init_ms < "$work/cold" | median) ms)"
  echo "  primed (SnapStart): the first handler call after priming $(field first_handler_call_ms < "$work/primed" | median) ms" \
    "(priming itself $(field priming_ms < "$work/primed" | median) ms, done before the snapshot)"
  echo "  a second object through the same JVM: $(cat "$work/cold" "$work/primed" | field warm_handler_call_ms | median) ms (the emulators' share)"
}

# wall and CPU (user + sys) seconds of one command, its output thrown away
timed() {
  local TIMEFORMAT='%R %U %S' t
  t=$({ time "$@" >/dev/null 2>&1; } 2>&1)
  echo "$t" | awk '{printf "%.3f %.3f\n", $1, $2 + $3}'
}

cli() {
  mkdir -p "$work/hello-class"
  printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/hello-class/Hello.java"
  javac -d "$work/hello-class" "$work/hello-class/Hello.java"
  bin/readout summarize "$article" >/dev/null # makes bin/readout's class-data archive if it has none yet
  local i c order
  for i in $(seq "$n"); do
    # the order rotates each round, so none is always first after the machine was idle
    case $((i % 4)) in 0) order="hello jar launcher help" ;; 1) order="jar launcher help hello" ;;
      2) order="launcher help hello jar" ;; *) order="help hello jar launcher" ;; esac
    for c in $order; do
      case $c in
        hello) timed java -cp "$work/hello-class" Hello ;;
        jar) timed java -jar target/readout.jar summarize "$article" ;;
        launcher) timed bin/readout summarize "$article" ;;
        help) timed bin/readout --help ;; # the floor: this jar's JVM starting and doing nothing else
      esac >> "$work/$c"
    done
  done
  echo "cli, summarize of one article ($(wc -c < "$article") bytes), $n interleaved rounds (median wall / CPU seconds; median of the rounds' ratios to the hello-world):"
  for c in hello jar launcher help; do
    local label
    case $c in
      hello) label="java Hello (hello-world)" ;;
      jar) label="java -jar target/readout.jar" ;;
      launcher) label="bin/readout" ;;
      help) label="bin/readout --help (no work)" ;;
    esac
    printf '  %-32s %s s wall, %s s CPU' "$label" "$(cut -d' ' -f1 < "$work/$c" | median %.2f)" "$(cut -d' ' -f2 < "$work/$c" | median %.2f)"
    [ "$c" = hello ] && { echo; continue; }
    echo ", ratio $(paste -d' ' "$work/$c" "$work/hello" | awk '{print $1 / $3}' | median %.1f)" \
      "(CPU $(paste -d' ' "$work/$c" "$work/hello" | awk '{print $2 / $4}' | median %.1f))"
  done
}

case "$what" in
  worker) (worker) ;;
  cli) cli ;;
  all) (worker); cli ;;
esac
echo "jar: $(du -h target/readout.jar | cut -f1) ($(stat -c %s target/readout.jar 2>/dev/null || wc -c < target/readout.jar) bytes)"
