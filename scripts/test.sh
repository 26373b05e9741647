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
#   scripts/chromium.sh  start_test_chromium / stop_test_chromium  (Debian's Chromium for tests/E2E.Tests)
start_services() {
    if [ -f "$ROOT/scripts/postgres.sh" ]; then
        # shellcheck source=/dev/null
        source "$ROOT/scripts/postgres.sh"
        log "starting a private PostgreSQL server"
        start_test_postgres
    fi
    if [ -f "$ROOT/scripts/chromium.sh" ]; then
        # shellcheck source=/dev/null
        source "$ROOT/scripts/chromium.sh"
        start_test_chromium
    fi
}

stop_services() {
    if declare -F stop_test_postgres >/dev/null; then
        stop_test_postgres
    fi
    if declare -F stop_test_chromium >/dev/null; then
        stop_test_chromium
    fi
}

# --- tests ------------------------------------------------------------------
run_tests() {
    log "dotnet test ($CONFIGURATION), log in $LOG"
    dotnet test "$ROOT/IncidentWorkflows.sln" --nologo -c "$CONFIGURATION" 2>&1 | tee "$LOG"
}

# The browser app's unit tests (vitest, in src/Web; dotnet build already ran npm ci). Their counts join the summary
# through a closing line in dotnet test's format appended to the log.
run_web_tests() {
    local web="$ROOT/src/Web" report="$LOG_DIR/vitest.json"
    [ -f "$web/package.json" ] || return 0
    log "vitest in src/Web"
    [ -d "$web/node_modules" ] || (cd "$web" && npm ci --no-audit --no-fund >&2)
    local status=0
    rm -f "$report"
    (cd "$web" && npx vitest run --reporter=dot --reporter=json --outputFile="$report") 2>&1 | tee -a "$LOG" || status=$?
    if [ -f "$report" ]; then
        # A suite that failed to load counts as one failed test even when no test inside it failed.
        node -e 'const r = require(process.argv[1]);
          const failed = r.numFailedTests + (r.success === false && r.numFailedTests === 0 ? 1 : 0);
          const skipped = r.numPendingTests + (r.numTodoTests || 0);
          console.log(`${failed ? "Failed!" : "Passed!"}  - Failed: ${failed}, Passed: ${r.numPassedTests}, Skipped: ${skipped}, Total: ${r.numTotalTests}, Duration: 0 s - vitest (src/Web)`);' "$report" | tee -a "$LOG"
    else
        echo "Failed!  - Failed: 1, Passed: 0, Skipped: 0, Total: 1, Duration: 0 s - vitest (src/Web) did not run" | tee -a "$LOG"
        status=1
    fi
    return "$status"
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
    run_web_tests || status=$?
    # A build failure prints no assembly lines: the sum is then 0 and the status non-zero.
    summarize
    return "$status"
}

main "$@"
