#!/usr/bin/env bash
# Runs the README's commands in a fresh clone with nothing beside it (no ../shared), as a new user would, and fails
# when one of them does not work as written. Clones this repository's HEAD (commit first: uncommitted changes are not
# in the clone) into a temp folder, then, there:
#   - the first of "Two commands" (taken from the README): one OK record per embedded sample;
#   - scripts/eval.sh, scripts/eval.sh --check: scored on the shipped set eval/public, its floors met;
#   - bench over eval/public, and bench --handler over it against scripts/local.sh's emulators (on free ports);
#   - the test command with no usable Node.js: it must stop before compiling, in one line that says so.
# The second of "Two commands", mvn -B verify, is what .ci/run runs in the checkout itself.
# Needs git, Java, Maven, python3; Node.js and the aws CLI for bench --handler (without them it says it did not run).
#   scripts/clone-check.sh [REPO]    REPO: the repository (a path or URL) to clone, this one by default
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
work=$(mktemp -d)
clone=$work/readout
trap 'if [ -d "$clone" ]; then (cd "$clone" && bash scripts/local.sh down >/dev/null 2>&1 || true); fi; rm -rf "$work"' EXIT

fail() { echo "clone-check: FAILED: $*" >&2; exit 1; }
step() { echo "clone-check: $*"; }
# A command is checked only as the README writes it.
readme_has() { grep -qF -- "$1" "$clone/README.md" || fail "the README no longer says: $1"; }

[ ! -d "$root" ] || git -C "$root" diff --quiet HEAD -- || step "note: uncommitted changes in $root are not in the clone"
git clone --quiet "$root" "$clone"
cd "$clone"
[ ! -e ../shared ] || fail "$work/shared exists; the check needs a clone with nothing beside it"
step "cloned $(git rev-parse --short HEAD) into $clone (no ../shared)"

# 1. The first of the Two commands, as the README's block has it (its first command line).
first=$(awk '/^## Two commands/{s=1} s&&/^```sh/{b=1;next} b&&/^```/{exit} b&&!/^#/&&NF' README.md | head -1)
case "$first" in *summarize*) ;; *) fail "no summarize command in the README's Two commands block" ;; esac
step "\$ $first"
out=$(bash -c "$first") || fail "exit $? from: $first"
records=$(grep -c '{"articleId":.*"status":"OK"' <<<"$out" || true)
[ "$records" -ge 2 ] || fail "expected one OK record per sample, got: ${out:0:300}"
step "  $records OK records"
# Nothing but records: Debian's Maven printed reset codes under -q until .mvn/jvm.config (issue 10, finding 11).
if grep -qv '^{' <<<"$out"; then fail "stdout holds more than records: $(grep -v '^{' <<<"$out" | head -1 | cut -c1-24 | cat -v)..."; fi

# 2. The quality measure of a clone: the shipped set, its scorer and floors.
readme_has "scripts/eval.sh"
readme_has '`--check` fails under'
for cmd in "scripts/eval.sh" "scripts/eval.sh --check"; do
  step "\$ $cmd"
  out=$(bash -c "$cmd" 2>&1) || fail "exit $? from $cmd: ${out: -600}"
  grep -q "^eval: eval/public (6 annotated articles)" <<<"$out" || fail "$cmd did not score eval/public: ${out:0:300}"
  grep -q "^all " <<<"$out" || fail "$cmd printed no scores: ${out: -300}"
done
grep -q "all targets met" <<<"$out" || fail "scripts/eval.sh --check: ${out: -300}"
step "  scored eval/public, floors met"

# 3. The engine's speed on the shipped set.
cmd="java -jar target/readout.jar bench eval/public"
readme_has "$cmd"
step "\$ $cmd"
out=$(bash -c "$cmd") || fail "exit $? from $cmd"
grep -q "^articles: 6 " <<<"$out" || fail "bench did not read the six articles: $out"
step "  $(grep '^per article' <<<"$out")"

# 4. The worker path against the local emulators, on free ports so a walkthrough already running is left alone.
cmd="POWERTOOLS_LOG_LEVEL=WARN java -jar target/readout.jar bench --handler --workers 4 eval/public"
readme_has "$cmd"
if command -v node >/dev/null && command -v aws >/dev/null; then
  free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
  export LOCAL_DYNAMODB_PORT LOCAL_S3_PORT
  LOCAL_DYNAMODB_PORT=$(free_port) LOCAL_S3_PORT=$(free_port)
  step "\$ scripts/local.sh up; source <(scripts/local.sh env); $cmd  (ports $LOCAL_DYNAMODB_PORT, $LOCAL_S3_PORT)"
  bash scripts/local.sh up >/dev/null || fail "scripts/local.sh up"
  out=$(source <(bash scripts/local.sh env) && bash -c "$cmd") || fail "exit $? from $cmd: $out"
  bash scripts/local.sh down >/dev/null
  grep -qE "^handler path: [0-9]+ articles, 4 workers, .*, 0 failed$" <<<"$out" || fail "bench --handler: $out"
  step "  $out"
else
  step "bench --handler NOT checked: it needs Node.js and the aws CLI (scripts/local.sh), and one is missing"
fi

# 5. The test command without Node.js: one clear line, before anything is compiled or tested.
fake=$work/no-node
mkdir -p "$fake"
printf '#!/bin/sh\necho "node: not installed" >&2\nexit 127\n' > "$fake/node"
chmod +x "$fake/node"
step "\$ mvn -B verify   (with a PATH whose node does not run)"
if out=$(PATH="$fake:$PATH" mvn -B -ntp verify 2>&1); then fail "mvn -B verify passed without Node.js"; fi
grep -q "Node.js 18+ is needed" <<<"$out" || fail "no line saying Node.js is needed: ${out: -1500}"
! grep -qE "Tests run:|default-compile|^[[:space:]]+at [a-z]" <<<"$out" || fail "it compiled, tested or printed a stack trace first: ${out: -1500}"
step "  $(grep -m1 -o 'Node.js 18+ is needed.*' <<<"$out" | cut -c1-110)"

step "all README commands checked work from a clone"
