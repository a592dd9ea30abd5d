#!/usr/bin/env bash
# Starts or stops the local AWS emulators the integration tests use, on 127.0.0.1:
#   dynalite (DynamoDB) on $DYNAMODB_PORT (4567), s3rver (S3) on $S3_PORT (4568).
# SQS (ElasticMQ) runs inside the test JVM. Installs the npm packages on first use (npm ci, pinned by
# package-lock.json). Usage: emulators.sh start|stop
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
state=${EMULATORS_STATE:-$here/../../../target/emulators}
DYNAMODB_PORT=${DYNAMODB_PORT:-4567}
S3_PORT=${S3_PORT:-4568}

wait_for_port() {
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "emulators: nothing listens on port $1" >&2
  return 1
}

stop() {
  for pidfile in "$state"/*.pid; do
    [ -f "$pidfile" ] || continue
    kill "$(cat "$pidfile")" 2>/dev/null || true
    rm -f "$pidfile"
  done
}

case "${1:-}" in
  start)
    command -v node >/dev/null || { echo "emulators: node is required (Node.js 18+)" >&2; exit 1; }
    mkdir -p "$state"
    stop
    if [ ! -d "$here/node_modules/dynalite" ] || [ ! -d "$here/node_modules/s3rver" ]; then
      (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
    fi
    rm -rf "$state/s3"
    mkdir -p "$state/s3"
    node "$here/node_modules/dynalite/cli.js" --host 127.0.0.1 --port "$DYNAMODB_PORT" --createTableMs 0 --deleteTableMs 0 --updateTableMs 0 \
      > "$state/dynalite.log" 2>&1 &
    echo $! > "$state/dynalite.pid"
    node "$here/node_modules/s3rver/bin/s3rver.js" --address 127.0.0.1 --port "$S3_PORT" --directory "$state/s3" --silent \
      > "$state/s3rver.log" 2>&1 &
    echo $! > "$state/s3rver.pid"
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
