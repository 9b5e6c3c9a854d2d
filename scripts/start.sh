#!/usr/bin/env bash
# Install (if needed), build the index if missing, and start the web chat on http://127.0.0.1:7860
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec .venv/bin/assistant serve "$@"
