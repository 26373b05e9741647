#!/usr/bin/env bash
# The project's one test command (named in the README; .ci/run calls it).
# Builds and tests the whole solution and ends with exactly one line CI can count:
#   N passed, N failed, N skipped
# Exit status is non-zero when the build or any test failed.
#
# Layout: each kind of outside service a test suite needs gets a start_*/stop_* pair below
# (PostgreSQL cluster, Chromium for browser tests, ...), called from start_services/stop_services.
# Services print only to stderr, so the summary stays the last line of stdout.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONFIGURATION="${CONFIGURATION:-Debug}"      # Debug: the same build `dotnet run` uses, so no second compile.
LOG_DIR="${TEST_LOG_DIR:-$ROOT/TestResults}"  # git-ignored
LOG="$LOG_DIR/test.log"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { echo "test.sh: $*" >&2; }

# --- outside services -------------------------------------------------------
# Each service lives in its own sourced file with start_*/stop_* functions that export what the test
# projects read (e.g. INCIDENTWORKFLOWS_TEST_POSTGRES). A missing file means the service is not needed yet.
#   scripts/postgres.sh  start_test_postgres / stop_test_postgres  (private PostgreSQL cluster, loopback port)
#   (later) Chromium for the browser tests
start_services() {
    if [ -f "$ROOT/scripts/postgres.sh" ]; then
        # shellcheck source=/dev/null
        source "$ROOT/scripts/postgres.sh"
        log "starting a private PostgreSQL server"
        start_test_postgres
    fi
}

stop_services() {
    if declare -F stop_test_postgres >/dev/null; then
        stop_test_postgres
    fi
}

# --- tests ------------------------------------------------------------------
run_tests() {
    log "dotnet test ($CONFIGURATION), log in $LOG"
    dotnet test "$ROOT/IncidentWorkflows.sln" --nologo -c "$CONFIGURATION" 2>&1 | tee "$LOG"
}

# Sums every assembly's closing line, e.g.
#   Passed!  - Failed:     0, Passed:    57, Skipped:     0, Total:    57, Duration: 3 s - Engine.Tests.dll (net10.0)
summarize() {
    awk '/^(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+/ {gsub(",",""); f+=$4; p+=$6; s+=$8}
         END {printf "%d passed, %d failed, %d skipped\n", p, f, s}' "$LOG"
}

main() {
    mkdir -p "$LOG_DIR"
    start_services
    # Set after start_services: a service file may install its own EXIT trap, stop_services covers it.
    trap stop_services EXIT
    local status=0
    run_tests || status=$?
    # A build failure prints no assembly lines: the sum is then 0 and the status non-zero.
    summarize
    return "$status"
}

main "$@"
