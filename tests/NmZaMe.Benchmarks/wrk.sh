#!/usr/bin/env bash
# Throughput, start-up time and memory of a Release build against one uSync folder, on 127.0.0.1 only.
#
#   tests/NmZaMe.Benchmarks/wrk.sh [USYNC_FOLDER]        (default: the repository's uSync/)
#
# First boot on a fresh data directory (uSync import + snapshot), wrk against /benchmark/bare, one service item and
# one children query, then a second start on the same data directory (snapshot load only). Everything stops by itself.
# Knobs (environment): PORT=5799 THREADS=2 CONNECTIONS=32 DURATION=10s WARMUP=3s READY_TIMEOUT=1200 (seconds) MAX_RSS_MB=16000
#   SITE=1 (also the public pages: the HTML size of every page type in both languages, and wrk against three of them)
#   HSDS=1 (also the HSDS API: 50 fully nested services, one service, and the list again with a warm ETag, answered 304)
#   WRK=0 (start-up figures only: no wrk runs; with SITE=1 the page sizes are still measured)  DLL=<NmZaMe.Web.dll built elsewhere, with SKIP_BUILD=1>  SKIP_BUILD=1  RESTART=0 (skip the second start)  KEEP_DATA=1 (keep the temp data directory)  DATA_DIR=<dir>
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
usync=$(realpath "${1:-$repo/uSync}")
port=${PORT:-5799}
threads=${THREADS:-2}
connections=${CONNECTIONS:-32}
duration=${DURATION:-10s}
warmup=${WARMUP:-3s}
ready_timeout=${READY_TIMEOUT:-1200}
max_rss_mb=${MAX_RSS_MB:-16000}
base="http://127.0.0.1:$port"
dll=${DLL:-"$repo/src/NmZaMe.Web/bin/Release/net10.0/NmZaMe.Web.dll"}

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v jq >/dev/null || missing+=(jq)
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then echo "Install ${missing[*]} (Debian packages) first." >&2; exit 2; fi
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [[ -z ${SKIP_BUILD:-} ]]; then
  dotnet build -c Release "$repo/src/NmZaMe.Web/NmZaMe.Web.csproj" -nologo -v q -clp:ErrorsOnly
fi

data=${DATA_DIR:-$(mktemp -d /tmp/nmzame-wrk.XXXXXX)}
mkdir -p "$data"
pid=
cleanup() {
  stop_server
  if [[ -z ${KEEP_DATA:-} && -z ${DATA_DIR:-} ]]; then rm -rf "$data"; fi
}
trap cleanup EXIT

stop_server() {
  [[ -n $pid ]] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=
}

mb() { awk -v kb="$1" 'BEGIN { printf "%.0f", kb / 1024 }'; }
# 0 while the process is between fork and exec, when /proc has no memory figures for it yet.
status_kb() { awk -v k="$1:" '$1 == k { kb = $2 } END { print kb + 0 }' "/proc/$pid/status" 2>/dev/null || echo 0; }
# CPU seconds the server has used: unlike wall time, barely moved by other work on a shared machine.
cpu_s() { awk -v tck="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / tck }' "/proc/$pid/stat"; }
load() { cut -d' ' -f1 /proc/loadavg; }

# Starts the server, waits for /health/ready and prints start-up seconds, RSS and where the time went per the log.
start_server() {
  local label=$1 log_lines=0 t0 ready= polls=0
  local json_log
  json_log=$(ls "$data"/logs/*.json 2>/dev/null | tail -1 || true)
  [[ -n $json_log ]] && log_lines=$(wc -l <"$json_log")
  t0=$(date +%s.%N)
  env NmZaMe__DataDirectory="$data" NmZaMe__USync__Folder="$usync" NmZaMe__Benchmarks__Enabled=true \
    ASPNETCORE_ENVIRONMENT=Production \
    'Serilog__MinimumLevel__Override__NmZaMe.Web.Hosting.RequestLogging=Warning' \
    'Serilog__MinimumLevel__Override__Microsoft.Extensions.Diagnostics.HealthChecks=Fatal' \
    dotnet "$dll" --urls "$base" >>"$data/server.log" 2>&1 &
  pid=$!
  local deadline=$(( $(date +%s) + ready_timeout ))
  while (( $(date +%s) < deadline )); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "The server exited during start-up; last lines of $data/server.log:" >&2
      tail -20 "$data/server.log" >&2
      pid=
      exit 1
    fi
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready" || true) == 200 ]]; then
      ready=$(awk -v t0="$t0" -v t1="$(date +%s.%N)" 'BEGIN { printf "%.2f", t1 - t0 }')
      break
    fi
    # Progress for long imports, and a stop before memory runs away on a shared machine.
    if (( ++polls % 150 == 0 )); then
      echo "  … $(awk -v t0="$t0" -v t1="$(date +%s.%N)" 'BEGIN { printf "%.0f", t1 - t0 }')s: RSS $(mb "$(status_kb VmRSS)") MB, CPU $(cpu_s)s, load $(load)"
    fi
    if (( $(status_kb VmRSS) / 1024 > max_rss_mb )); then
      echo "RSS above ${max_rss_mb} MB during start-up; stopping." >&2
      exit 1
    fi
    sleep 0.2
  done
  if [[ -z $ready ]]; then echo "Not ready after ${ready_timeout}s; see $data/server.log" >&2; exit 1; fi
  local rss
  rss=$(mb "$(status_kb VmRSS)")
  echo "[$label] ready in ${ready}s (server CPU $(cpu_s)s, load $(load)); RSS $rss MB (peak $(mb "$(status_kb VmHWM)") MB)"

  json_log=$(ls "$data"/logs/*.json | tail -1)
  tail -n +"$((log_lines + 1))" "$json_log" | jq -r --argjson t0 "$t0" '
      select(.["@mt"] | test("^uSync import from|^Published snapshot loaded|^Ready in|^Now listening"))
      | (.["@t"] | capture("^(?<s>[^.Z]+)(?<f>\\.[0-9]+)?Z$")) as $t
      | (($t.s + "Z" | fromdateiso8601) + (($t.f // "0") | tonumber) - $t0) as $at
      | (reduce (to_entries[] | select(.key | startswith("@") | not)) as $e
          (.["@mt"]; gsub("\\{" + $e.key + "(:[^}]*)?\\}"; $e.value | tostring))) as $text
      | "  +\($at * 100 | round / 100) s  \($text)"' \
    || true
  eval "${label//-/_}_ready=$ready; ${label//-/_}_rss=$rss"
}

api="$base/umbraco/delivery/api/v2"
results=()
cost=()
declare -A rps=() us=()
# run_wrk NAME URL [HEADER [EXPECTED_STATUS]]: a request header (e.g. If-None-Match) and the status it must give.
run_wrk() {
  local name=$1 url=$2 header=${3:-X-Benchmark: 1} expected=${4:-200} out rps p50 p99 errors bytes cpu0 us
  bytes=$(curl -s -o /dev/null -H "$header" -w '%{http_code} %{size_download}' "$url")
  [[ $bytes == "$expected "* ]] || { echo "$name: $url answered ${bytes%% *}, not $expected" >&2; exit 1; }
  wrk -t"$threads" -c"$connections" -d"$warmup" -H "$header" "$url" >/dev/null
  cpu0=$(cpu_s)
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" -H "$header" --latency "$url")
  # Server CPU per request: a cost that other load on the machine changes far less than requests/second.
  us=$(awk -v c0="$cpu0" -v c1="$(cpu_s)" '/ requests in / { printf "%.0f", (c1 - c0) * 1e6 / $1 }' <<<"$out")
  cost+=("$name=$us")
  rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  # A 304 is the expected answer of the ETag run, so wrk's "Non-2xx" count is not an error there.
  errors=$(awk -v e="$expected" '/Socket errors/ || (/Non-2xx/ && e == 200)' <<<"$out")
  printf '  %-6s %10s req/s  %5s µs CPU/req  p50 %-8s p99 %-8s %6s bytes  load %-5s %s\n' "$name" "$rps" "$us" "$p50" "$p99" "${bytes#* }" "$(load)" "$errors"
  results+=("$name=$rps")
}

# The route of an item the API returns, or a clear stop when the catalogue has no such item (rather than /slnull).
route_of() {
  local path
  path=$(curl -sf "$1" | jq -r "$2 // empty")
  [[ -n $path ]] || { echo "No item for $1 ($2) in $usync: the catalogue lacks that page type" >&2; exit 1; }
  echo "$path"
}

largest_challenge() {
  local id best= most=-1 total
  for id in $(curl -sf "$api/content?filter=contentType:lifeChallenge&take=100" | jq -r '.items[].id'); do
    total=$(curl -sf "$api/content?filter=contentType:service&filter=lifeChallenge:$id&take=0" | jq -r '.total')
    if (( total > most )); then most=$total; best=$id; fi
  done
  [[ -n $best ]] || { echo "No life challenge in $usync" >&2; exit 1; }
  route_of "$api/content/item/$best" .route.path
}

# HTML bytes of every page type in both languages, as sent (no compression) and with brotli as browsers ask for it.
page_weights() {
  local first_org first_service news_article text_page challenge search_path org_folder challenge_folder news_folder list= id
  challenge_folder=$(route_of "$api/content?filter=contentType:lifeChallengeFolder&take=1" '.items[0].route.path')
  challenge=$(largest_challenge)
  org_folder=$(route_of "$api/content?filter=contentType:organisationFolder&take=1" '.items[0].route.path')
  first_org=$(route_of "$api/content?filter=contentType:organisation&sort=name:asc&take=1" '.items[0].route.path')
  first_service=$(route_of "$api/content/item/$service" .route.path)
  search_path=$(route_of "$api/content?filter=contentType:searchPage&take=1" '.items[0].route.path')
  news_folder=$(route_of "$api/content?filter=contentType:newsFolder&take=1" '.items[0].route.path')
  news_article=$(route_of "$api/content?filter=contentType:newsArticle&take=1" '.items[0].route.path')
  text_page=$(route_of "$api/content?filter=contentType:textPage&take=1" '.items[0].route.path')
  for id in $(curl -sf "$api/content?filter=contentType:service&take=20" | jq -r '.items[].id'); do
    list+="${list:+.}$(tr -d - <<<"$id" | cut -c1-12)"
  done
  echo "  page weights (HTML bytes as sent / with brotli), $(curl -sf "$api/content?filter=contentType:service&take=0" | jq -r .total) services:"
  printf '    %-34s %18s %18s\n' "page" "sl" "en"
  local name path sl en
  while IFS='|' read -r name path; do
    sl=$(weigh "$base/sl$path")
    if [[ $path == /ni-take-strani/ ]]; then en=$(weigh "$base/en$path"); else en=$(weigh "$(english_of "$base/sl$path")"); fi
    printf '    %-34s %18s %18s\n' "$name" "$sl" "$en"
  done <<EOF_PAGES
home|/
life situation list|$challenge_folder
life situation (most services)|$challenge
  … page 2, free of charge|$challenge?cost=brezpla%C4%8Dno&page=2
organisation list|$org_folder
organisation|$first_org
service|$first_service
search "pomoc na domu"|$search_path?q=pomoc+na+domu
search, nothing found|$search_path?q=qqxzv+zzkwy
news list|$news_folder
news article|$news_article
text page|$text_page
print list, 20 services|/moj-seznam/?list=$list
404|/ni-take-strani/
EOF_PAGES
}

# "raw / brotli" bytes of one page; fails loudly on anything but 200 (404 for the 404 page).
weigh() {
  local raw br code
  read -r code raw < <(curl -s -o /dev/null -w '%{http_code} %{size_download}' "$1")
  [[ $code == 200 || ($code == 404 && $1 == */ni-take-strani/) ]] || { echo "$1 answered $code" >&2; exit 1; }
  br=$(curl -s -o /dev/null -H 'Accept-Encoding: br' -w '%{size_download}' "$1")
  echo "$raw / $br"
}

# The English address of a Slovenian page: the page's own language link (hreflang="en"), keeping the query.
english_of() {
  local href query=
  [[ $1 == *\?* ]] && query="?${1#*\?}"
  href=$(curl -s "$1" | grep -o '<a href="[^"]*" hreflang="en"' | head -1 | sed -e 's/^<a href="//' -e 's/" hreflang="en"$//' -e 's/&amp;/\&/g')
  [[ -n $href ]] || href=/en/
  [[ $href == *\?* ]] && query=
  echo "$base${href}${query}"
}

echo "uSync folder: $usync ($(find "$usync/v17/Content" -name '*.config' 2>/dev/null | wc -l) content files)"
echo "data: $data; wrk -t$threads -c$connections -d$duration (warm-up $warmup); $(nproc) CPUs"
start_server first-boot
organisation=$(curl -sf "$api/content?filter=contentType:organisation&take=1" | jq -r '.items[0].id // empty')
[[ -n $organisation ]] || { echo "No published organisation in $usync" >&2; exit 1; }
service=$(curl -sf "$api/content?fetch=children:$organisation&filter=contentType:service&take=1" | jq -r '.items[0].id // empty')
[[ -n $service ]] || { echo "Organisation $organisation has no published service" >&2; exit 1; }
echo "organisation $organisation, service $service"
if [[ ${SITE:-0} != 0 ]]; then page_weights; fi
if [[ ${WRK:-1} != 0 ]]; then

run_wrk bare "$base/benchmark/bare"
run_wrk item "$api/content/item/$service"
query_url="$api/content?fetch=children:$organisation&filter=contentType:service&sort=name:asc&take=10"
run_wrk query "$query_url"
# The same query from a client that holds the answer: If-None-Match with its ETag, answered 304 without a body.
etag=$(curl -s -D - -o /dev/null "$query_url" | awk -F': ' 'tolower($1) == "etag" { sub(/\r$/, "", $2); print $2 }')
[[ -n $etag ]] || { echo "The query answered without an ETag" >&2; exit 1; }
run_wrk query-304 "$query_url" "If-None-Match: $etag" 304
if [[ ${SITE:-0} != 0 ]]; then
  # Public pages against the simplest Razor page of the same app; the life challenge is the one with most services.
  run_wrk razor "$base/benchmark/razor"
  run_wrk page-service "$base/sl$(route_of "$api/content/item/$service" .route.path)"
  run_wrk page-challenge "$base/sl$(largest_challenge)"
  run_wrk page-search "$base/sl$(route_of "$api/content?filter=contentType:searchPage&take=1" '.items[0].route.path')?q=pomoc+na+domu"
fi
if [[ ${HSDS:-0} != 0 ]]; then
  hsds_list="$base/hsds/services?full=true&per_page=50"
  run_wrk hsds-list "$hsds_list"
  run_wrk hsds-item "$base/hsds/services/$service"
  hsds_etag=$(curl -s -D - -o /dev/null "$hsds_list" | awk -F': ' 'tolower($1) == "etag" { sub(/\r$/, "", $2); print $2 }')
  [[ -n $hsds_etag ]] || { echo "The HSDS list answered without an ETag" >&2; exit 1; }
  run_wrk hsds-304 "$hsds_list" "If-None-Match: $hsds_etag" 304
fi
echo "  RSS after load $(mb "$(status_kb VmRSS)") MB (peak $(mb "$(status_kb VmHWM)") MB)"

for r in "${results[@]}"; do rps[${r%%=*}]=${r#*=}; done
for r in "${cost[@]}"; do us[${r%%=*}]=${r#*=}; done
awk -v b="${rps[bare]}" -v i="${rps[item]}" -v q="${rps[query]}" -v n="${rps[query-304]}" -v cb="${us[bare]}" -v ci="${us[item]}" -v cq="${us[query]}" -v cn="${us[query-304]}" \
  'BEGIN { printf "  ratios (req/s): item/bare %.2f  query/bare %.2f  query-304/bare %.2f;  by CPU per request (bare/x): item %.2f  query %.2f  query-304 %.2f\n", i / b, q / b, n / b, cb / ci, cb / cq, cb / cn }'
if [[ ${HSDS:-0} != 0 ]]; then
  awk -v b="${rps[bare]}" -v l="${rps[hsds-list]}" -v i="${rps[hsds-item]}" -v n="${rps[hsds-304]}" -v cb="${us[bare]}" -v cl="${us[hsds-list]}" -v ci="${us[hsds-item]}" -v cn="${us[hsds-304]}" \
    'BEGIN { printf "  HSDS ratios (req/s, to bare): list %.2f  item %.2f  list-304 %.2f;  by CPU per request (bare/x): %.2f %.2f %.2f\n", l / b, i / b, n / b, cb / cl, cb / ci, cb / cn }'
fi
if [[ ${SITE:-0} != 0 ]]; then
  awk -v r="${rps[razor]}" -v s="${rps[page-service]}" -v c="${rps[page-challenge]}" -v q="${rps[page-search]}" \
    -v cr="${us[razor]}" -v cs="${us[page-service]}" -v cc="${us[page-challenge]}" -v cq="${us[page-search]}" \
    'BEGIN { printf "  site ratios (req/s, to the trivial Razor page): service %.2f  life challenge %.2f  search %.2f;  by CPU: %.2f %.2f %.2f\n", s / r, c / r, q / r, cr / cs, cr / cc, cr / cq }'
fi
fi
stop_server

if [[ ${RESTART:-1} != 0 ]]; then
  start_server second-start
  stop_server
fi

echo "summary: first boot ${first_boot_ready}s / ${first_boot_rss} MB${second_start_ready:+, second start ${second_start_ready}s / ${second_start_rss} MB};" \
  "bare ${rps[bare]:-}, item ${rps[item]:-}, query ${rps[query]:-} req/s"
