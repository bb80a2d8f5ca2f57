#!/usr/bin/env bash
# The one test command. Installs what the tests need (PostgreSQL server binaries, Chromium and its driver) when run
# as root, builds once in Release, runs every test project of the solution and ends with exactly one line:
#   N passed, M failed[, K skipped]
# It exits non-zero when a test failed or a test project did not run to the end.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly solution=NmZaMe.Umbraco.sln
readonly results="$PWD/tests/TestResults"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
command -v dotnet >/dev/null || export PATH="$HOME/.dotnet:/usr/share/dotnet:/usr/lib/dotnet:$PATH"
started=$SECONDS

have_postgres() {
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null && return 0
    command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]
}

install_missing() {
    local missing=()
    have_postgres || missing+=(postgresql)
    command -v chromium >/dev/null || missing+=(chromium fonts-liberation)
    command -v chromedriver >/dev/null || missing+=(chromium-driver)
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi

    local apt
    if [ "$(id -u)" -eq 0 ]; then
        apt=(env DEBIAN_FRONTEND=noninteractive apt-get)
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        apt=(sudo -n env DEBIAN_FRONTEND=noninteractive apt-get)
    else
        echo "warning: not root, cannot install ${missing[*]}; tests that need them will fail (sudo apt-get install ${missing[*]})" >&2
        return 0
    fi

    echo "Installing ${missing[*]}"
    # Another apt may hold the lock for a while (unattended upgrades, a parallel run): wait rather than fail.
    local attempt
    for attempt in 1 2 3; do
        "${apt[@]}" -o DPkg::Lock::Timeout=300 update -qq && break
        [ "$attempt" -lt 3 ] || return 1
        sleep 10
    done
    "${apt[@]}" -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}"
}

test_projects() {
    local project
    dotnet sln "$solution" list | tr '\\' '/' | grep -E '\.csproj$' | while read -r project; do
        if grep -qiE '<IsTestProject>\s*true\s*</IsTestProject>' "$project"; then
            echo "$project"
        fi
    done
}

# The value of one attribute of the trx <Counters> element, 0 when absent.
counter() {
    local value
    value=$(sed -n "s/.* $2=\"\([0-9]*\)\".*/\1/p" <<<"$1")
    echo "${value:-0}"
}

install_missing || echo "warning: installing test dependencies failed; tests that need them will fail" >&2

mapfile -t projects < <(test_projects)
if [ ${#projects[@]} -eq 0 ]; then
    echo "error: no test projects found in $solution" >&2
    echo "0 passed, 1 failed"
    exit 1
fi

if ! dotnet restore "$solution" || ! dotnet build "$solution" -c Release --no-restore; then
    echo "error: the build failed, no test project ran" >&2
    echo "0 passed, ${#projects[@]} failed"
    exit 1
fi

rm -rf "$results"
mkdir -p "$results"
passed=0 failed=0 skipped=0 broken=()
for project in "${projects[@]}"; do
    name=$(basename "$project" .csproj)
    echo "=== $name"
    exit_code=0
    dotnet test "$project" --no-build -c Release --results-directory "$results" \
        --logger "console;verbosity=normal" --logger "trx;LogFileName=$name.trx" \
        --blame-hang-timeout 15m --blame-hang-dump-type none || exit_code=$?

    project_failed=0
    if [ -f "$results/$name.trx" ]; then
        counters=$(grep -o '<Counters [^>]*>' "$results/$name.trx" | head -n 1 || true)
        passed=$((passed + $(counter "$counters" passed)))
        project_failed=$(($(counter "$counters" failed) + $(counter "$counters" error) + $(counter "$counters" timeout)))
        # xunit's skipped tests are neither executed nor counted as notExecuted in the trx.
        skipped=$((skipped + $(counter "$counters" total) - $(counter "$counters" executed)))
    fi

    # A project that crashed, hung or never started has no failed test to show for it: count it as one failure.
    if [ "$exit_code" -ne 0 ] && [ "$project_failed" -eq 0 ]; then
        broken+=("$name")
        project_failed=1
    fi
    failed=$((failed + project_failed))
done

# The console log is long and often read only by its tail: name each failed test and the start of its message there.
for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' "$trx" | grep -o 'testName="[^"]*"' \
        | sed -e 's/^testName="/FAILED: /' -e 's/"$//' -e 's/&quot;/"/g' || true
    tr '\n' ' ' < "$trx" | grep -o '<Message>[^<]*</Message>' | head -n 5 \
        | sed -e 's/<[^>]*>//g' | cut -c1-400 | sed 's/^/  message: /' || true
done

if [ ${#broken[@]} -gt 0 ]; then
    echo "error: did not run to the end: ${broken[*]}" >&2
fi
echo "Test results: $results; took $((SECONDS - started)) s"
summary="$passed passed, $failed failed"
if [ "$skipped" -gt 0 ]; then
    summary+=", $skipped skipped"
fi
echo "$summary"
[ "$failed" -eq 0 ]
