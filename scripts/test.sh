#!/usr/bin/env bash
# Install everything the tests need (Debian's Chromium included) and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi
bash scripts/install.sh --dev
# axe-core for the accessibility checks in the browser tests (from the npm registry, pinned by the lock file).
if ! command -v npm >/dev/null && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 GRADIO_ANALYTICS_ENABLED=False ANONYMIZED_TELEMETRY=False
# The answer-quality gate: every metric against eval/baseline.json (see README, "Utvärdering"). It runs
# beside the tests at the lowest priority, on the CPU time the tests leave idle (they wait on browsers,
# servers and subprocesses about a third of the time); its output follows the tests'.
gate_pid=""
if [ -f eval/baseline.json ]; then
  gate_log="$(mktemp)"
  ( nice -n 19 .venv/bin/assistant ingest --quiet && nice -n 19 .venv/bin/assistant eval --gate --no-reference ) \
    > "$gate_log" 2>&1 &
  gate_pid=$!
fi
# Two workers (pytest-xdist): the slow tests each keep one core busy (ingest, a chat server, Chromium),
# so on the 2-core machines the whole suite takes about 10 minutes instead of 17.
status=0
.venv/bin/python -m pytest -q -p no:cacheprovider -n 2 "$@" || status=$?
if [ -n "$gate_pid" ]; then
  gate=0
  wait "$gate_pid" || gate=$?
  cat "$gate_log"
  rm -f "$gate_log"
  if [ "$gate" != 0 ]; then
    echo "Svarskvalitetens grind misslyckades (kod $gate)." >&2
    [ "$status" != 0 ] || status=$gate
  fi
fi
exit "$status"
