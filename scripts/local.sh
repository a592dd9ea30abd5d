#!/usr/bin/env bash
# A local stand-in for the deployed stack: DynamoDB (dynalite) and S3 (s3rver) emulators on 127.0.0.1,
# a bucket "articles" and a table "summaries" shaped as in template.yaml. Needs Node.js and the aws CLI.
#   source <(scripts/local.sh env)    the variables that point the aws CLI and Readout at the emulators
#   scripts/local.sh up [--serve]     start the emulators and create the bucket and the table; with --serve, also
#                                     `readout serve --watch` on 127.0.0.1:8080 in the background (log: target/local/serve.log)
#   scripts/local.sh down             stop what up started: serve, then the emulators (their data is in memory and goes with them)
# Ports: 4567 (DynamoDB) and 4568 (S3), or LOCAL_DYNAMODB_PORT and LOCAL_S3_PORT (give them to `env` too).
set -euo pipefail
cd "$(dirname "$0")/.."
export EMULATORS_STATE=${EMULATORS_STATE:-$PWD/target/local}
export DYNAMODB_PORT=${LOCAL_DYNAMODB_PORT:-4567} S3_PORT=${LOCAL_S3_PORT:-4568}

print_env() {
  cat <<ENV
export AWS_ENDPOINT_URL_S3=http://127.0.0.1:$S3_PORT
export AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:$DYNAMODB_PORT
export AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER
export AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
export TABLE_NAME=summaries SOURCE_BUCKET=articles
ENV
}

serve_pid=$EMULATORS_STATE/serve.pid
serve_log=$EMULATORS_STATE/serve.log

stop_serve() {
  [ -f "$serve_pid" ] || return 0
  local pid; pid=$(cat "$serve_pid")
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    echo "local: serve stopped"
  fi
  rm -f "$serve_pid"
}

# serve --watch in the background; returns once it serves, or fails with serve's own one-line reason
start_serve() {
  [ -f target/readout.jar ] || { echo "local: no target/readout.jar; build it first: mvn -q -B package -DskipTests" >&2; return 1; }
  (eval "$(print_env)"; exec java -jar target/readout.jar serve --watch) < /dev/null > "$serve_log" 2>&1 &
  echo $! > "$serve_pid"
  for _ in $(seq 1 300); do
    if grep -q '^readout: watching' "$serve_log"; then
      echo "local: serving http://127.0.0.1:8080/summaries, watching s3://articles (log: ${serve_log#"$PWD"/})"
      return 0
    fi
    if ! kill -0 "$(cat "$serve_pid")" 2>/dev/null; then
      rm -f "$serve_pid"
      echo "local: serve did not start: $(tail -n 1 "$serve_log")" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "local: serve did not start within 30 s (log: $serve_log)" >&2
  return 1
}

case "${1:-}" in
  env) print_env ;;
  up)
    [ -z "${2:-}" ] || [ "$2" = --serve ] || { echo "usage: $0 up [--serve]" >&2; exit 2; }
    stop_serve
    bash src/test/emulators/emulators.sh start
    eval "$(print_env)"
    aws s3 mb s3://articles >/dev/null
    aws dynamodb create-table --table-name summaries --billing-mode PAY_PER_REQUEST \
      --attribute-definitions AttributeName=articleId,AttributeType=S AttributeName=publishedDate,AttributeType=S \
        AttributeName=status,AttributeType=S AttributeName=updatedAt,AttributeType=S \
      --key-schema AttributeName=articleId,KeyType=HASH \
      --global-secondary-indexes 'IndexName=byPublishedDate,KeySchema=[{AttributeName=publishedDate,KeyType=HASH},{AttributeName=updatedAt,KeyType=RANGE}],Projection={ProjectionType=ALL}' \
        'IndexName=byStatus,KeySchema=[{AttributeName=status,KeyType=HASH},{AttributeName=updatedAt,KeyType=RANGE}],Projection={ProjectionType=KEYS_ONLY}' \
      >/dev/null
    echo "local: bucket s3://articles and table summaries are ready; now: source <(scripts/local.sh env)"
    if [ "${2:-}" = --serve ]; then start_serve; fi
    ;;
  down)
    stop_serve
    bash src/test/emulators/emulators.sh stop
    ;;
  *) echo "usage: $0 env|up [--serve]|down" >&2; exit 2 ;;
esac
