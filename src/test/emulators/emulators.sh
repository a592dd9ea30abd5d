#!/usr/bin/env bash
# Starts or stops the local AWS emulators the integration tests use, on 127.0.0.1:
#   dynalite (DynamoDB) on $DYNAMODB_PORT (4567), s3rver (S3) on $S3_PORT (4568).
# `mvn verify` passes free ports of its own (build-helper's reserve-network-port) and EMULATORS_STOP_WITH_PARENT, so
# the emulators also stop if Maven dies before its stop step; scripts/local.sh uses the defaults.
# SQS (ElasticMQ) runs inside the test JVM. Installs the npm packages on first use (npm ci, pinned by
# package-lock.json). Usage: emulators.sh start|stop
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
state=${EMULATORS_STATE:-$here/../../../target/emulators}
DYNAMODB_PORT=${DYNAMODB_PORT:-4567}
S3_PORT=${S3_PORT:-4568}

listening() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Something else on the port (another build's emulators, scripts/local.sh's) would answer in place of ours.
require_free_port() {
  if listening "$1"; then
    echo "emulators: port $1 is in use on 127.0.0.1 (other emulators? scripts/local.sh down stops the local ones)" >&2
    exit 1
  fi
}

wait_for_port() {
  for _ in $(seq 1 100); do
    if listening "$1"; then return 0; fi
    sleep 0.1
  done
  echo "emulators: nothing listens on port $1" >&2
  return 1
}

stop() {
  for pidfile in "$state"/*.pid; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || true
    # gone before the port is needed again (a restart right after)
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    rm -f "$pidfile"
  done
  rm -rf "$state/s3"
}

# Node.js 18+ (dynalite 4 and s3rver 3 need it); one line when it is missing, as the Maven build says it too.
require_node() {
  local version
  version=$(node --version 2>/dev/null) || version=
  if ! [[ $version =~ ^v([0-9]+)\. ]] || [ "${BASH_REMATCH[1]}" -lt 18 ]; then
    echo "emulators: Node.js 18+ is needed (node --version: ${version:-not found}); install it from https://nodejs.org" >&2
    exit 1
  fi
}

case "${1:-}" in
  start)
    require_node
    mkdir -p "$state"
    stop
    if [ ! -d "$here/node_modules/dynalite" ] || [ ! -d "$here/node_modules/s3rver" ]; then
      (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
    fi
    require_free_port "$DYNAMODB_PORT"
    require_free_port "$S3_PORT"
    rm -rf "$state/s3"
    mkdir -p "$state/s3"
    node "$here/node_modules/dynalite/cli.js" --host 127.0.0.1 --port "$DYNAMODB_PORT" --createTableMs 0 --deleteTableMs 0 --updateTableMs 0 \
      > "$state/dynalite.log" 2>&1 &
    echo $! > "$state/dynalite.pid"
    node "$here/node_modules/s3rver/bin/s3rver.js" --address 127.0.0.1 --port "$S3_PORT" --directory "$state/s3" --silent \
      > "$state/s3rver.log" 2>&1 &
    echo $! > "$state/s3rver.pid"
    if [ "${EMULATORS_STOP_WITH_PARENT:-}" = true ]; then
      # The parent is the Maven JVM: once it is gone, the emulators go too, unless its stop step (whose pid files
      # are gone then) took them already.
      owner=$PPID pids=" $(cat "$state/dynalite.pid") $(cat "$state/s3rver.pid") "
      (
        while kill -0 "$owner" 2>/dev/null; do sleep 2; done
        for pidfile in "$state/dynalite.pid" "$state/s3rver.pid"; do
          pid=$(cat "$pidfile" 2>/dev/null) || continue
          case "$pids" in *" $pid "*) kill "$pid" 2>/dev/null; rm -f "$pidfile" ;; esac
        done
      ) </dev/null >/dev/null 2>&1 &
    fi
    wait_for_port "$DYNAMODB_PORT"
    wait_for_port "$S3_PORT"
    echo "emulators: dynalite on 127.0.0.1:$DYNAMODB_PORT, s3rver on 127.0.0.1:$S3_PORT"
    ;;
  stop)
    stop
    echo "emulators: stopped"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
