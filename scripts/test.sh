#!/usr/bin/env bash
# Runs the whole test suite on a fresh Debian machine: installs and starts PostgreSQL with pgvector and the
# headless browser the browser tests drive, then runs Maven. Extra arguments go to Maven (e.g. -Dtest=...).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-postgres.sh
if [ -f scripts/install-browser.sh ]; then bash scripts/install-browser.sh; fi
./mvnw -B verify "$@"
