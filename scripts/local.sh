#!/usr/bin/env bash
# A local stand-in for the deployed stack: DynamoDB (dynalite) and S3 (s3rver) emulators on 127.0.0.1,
# a bucket "articles" and a table "summaries" shaped as in template.yaml. Needs Node.js and the aws CLI.
#   source <(scripts/local.sh env)    the variables that point the aws CLI and Readout at the emulators
#   scripts/local.sh up               start the emulators and create the bucket and the table
#   scripts/local.sh down             stop them (their data is in memory and goes with them)
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

case "${1:-}" in
  env) print_env ;;
  up)
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
    ;;
  down) bash src/test/emulators/emulators.sh stop ;;
  *) echo "usage: $0 env|up|down" >&2; exit 2 ;;
esac
