# Debian's Chromium for the browser tests (tests/E2E.Tests). Sourced by scripts/test.sh.
# Playwright's own browser download does not work on these machines; the tests drive /usr/bin/chromium instead.
#   start_test_chromium  installs the chromium package when it is missing and exports INCIDENTWORKFLOWS_TEST_CHROMIUM
#   stop_test_chromium   nothing to stop: each test run starts and closes its own browser process

start_test_chromium() {
    local path="${INCIDENTWORKFLOWS_TEST_CHROMIUM:-/usr/bin/chromium}"
    if [ ! -x "$path" ]; then
        echo "chromium.sh: installing Debian's chromium (once per machine)" >&2
        if [ "$(id -u)" = "0" ]; then
            (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2 || true
        else
            (sudo -n apt-get update -qq && sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2 || true
        fi
    fi
    if [ -x "$path" ]; then
        export INCIDENTWORKFLOWS_TEST_CHROMIUM="$path"
        echo "chromium.sh: browser tests use $path" >&2
    else
        echo "chromium.sh: no chromium at $path; the browser tests will fail" >&2
    fi
}

stop_test_chromium() {
    :
}
