#!/usr/bin/env bash
# Three nodes on one PostgreSQL behind nginx, all on 127.0.0.1, under publishing, load and faults. Stops by itself.
#
#   tests/NmZaMe.Benchmarks/nodes.sh
#
# PostgreSQL from Debian's binaries (initdb into a temp dir, run as the postgres user), the app published once, three
# nodes with a shared media folder, nginx (config generated into the temp dir) in front. Then:
#   (a) PUBLISHES publishes on node 1 through the back office, each timed until node 2 and 3's Delivery API show it;
#   (b) wrk through nginx (pages, Delivery API, search) for DURATION seconds while an editor publishes;
#   (c) a publishing storm through nginx, node 2 killed with SIGKILL in the middle and restarted: every publish answered
#       as successful must be on all three nodes;
#   (d) PostgreSQL restarted while serving: read errors during the restart, what the back office's publish form gets
#       while the database is down (503, never 500), and whether reads and writes recover by themselves.
# Knobs: DURATION=60 CONNECTIONS=1000 (capped by ulimit -n) THREADS=2 PUBLISHES=50 STORM_SECONDS=20 STORM_WORKERS=4
#        READY_TIMEOUT=900 APP_DIR=<a `dotnet publish` output to reuse> KEEP=1 (keep the temp dir and its logs)
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
editor="$repo/tests/NmZaMe.Benchmarks/nodes-editor.py"
pgbin=/usr/lib/postgresql/15/bin
duration=${DURATION:-60}
threads=${THREADS:-2}
publishes=${PUBLISHES:-50}
storm_seconds=${STORM_SECONDS:-20}
storm_workers=${STORM_WORKERS:-4}
ready_timeout=${READY_TIMEOUT:-900}
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
max_connections=$(( $(ulimit -n) - 200 ))
connections=${CONNECTIONS:-1000}
(( connections <= max_connections )) || connections=$max_connections
admin=skrbnik@example.si
password=modra-reka-krka-tece-med-vinogradi

for tool in wrk nginx jq curl python3 runuser "$pgbin/initdb"; do
  command -v "$tool" >/dev/null || { echo "Missing $tool (Debian: wrk nginx jq curl python3 util-linux postgresql-15)." >&2; exit 2; }
done

tmp=$(mktemp -d /tmp/nmzame-nodes.XXXXXX)
chmod 755 "$tmp"
declare -a pids=() ports=()
pg_port= nginx_pid=
log() { echo "[$(date -u +%H:%M:%S)] $*"; }

# wrk prints "Socket errors: connect 0, read 0, write 0, timeout 0" only when there were some.
socket_errors() { sed -n 's/.*Socket errors://p' "$1" | tr -c '0-9\n' ' ' | awk '{ for (i = 1; i <= NF; i++) s += $i } END { print s + 0 }'; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

stop_node() {
  local i=$1
  [[ -n ${pids[$i]:-} ]] || return 0
  kill -TERM "${pids[$i]}" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "${pids[$i]}" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "${pids[$i]}" 2>/dev/null || true
  wait "${pids[$i]}" 2>/dev/null || true
  pids[$i]=
}

pg_ctl() { runuser -u postgres -- "$pgbin/pg_ctl" -D "$tmp/pg" -l "$tmp/pgsock/pg.log" "$@" >/dev/null; }

cleanup() {
  set +e
  [[ -f $tmp/storm.stop ]] || touch "$tmp/storm.stop"
  [[ -n ${storm_pid:-} ]] && { kill "$storm_pid" 2>/dev/null; wait "$storm_pid" 2>/dev/null; }
  [[ -n ${writer_pid:-} ]] && { kill "$writer_pid" 2>/dev/null; wait "$writer_pid" 2>/dev/null; }
  for i in 1 2 3; do stop_node "$i"; done
  [[ -n $nginx_pid ]] && { kill -QUIT "$nginx_pid" 2>/dev/null; wait "$nginx_pid" 2>/dev/null; }
  [[ -f $tmp/pg/postmaster.pid ]] && pg_ctl stop -m fast
  if [[ -z ${KEEP:-} ]]; then rm -rf "$tmp"; else echo "Kept $tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# PostgreSQL: its own cluster and port, trust on loopback only, run as the postgres user (it refuses root).
id postgres >/dev/null 2>&1 || { echo "No postgres user (Debian's postgresql package creates it)." >&2; exit 2; }
pg_port=$(free_port)
install -d -o postgres "$tmp/pg" "$tmp/pgsock"
runuser -u postgres -- "$pgbin/initdb" -D "$tmp/pg" -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8 >/dev/null 2>&1 \
  || runuser -u postgres -- "$pgbin/initdb" -D "$tmp/pg" -A trust -U postgres --encoding=UTF8 --no-locale >/dev/null
pg_ctl -w -o "-p $pg_port -k $tmp/pgsock -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" start
psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc 'CREATE DATABASE nmzame' postgres
log "PostgreSQL 15 on 127.0.0.1:$pg_port"

app=${APP_DIR:-}
if [[ -z $app ]]; then
  app="$tmp/app"
  log "dotnet publish src/NmZaMe.Web -c Release"
  dotnet publish "$repo/src/NmZaMe.Web" -c Release -o "$app" -nologo -v q -clp:ErrorsOnly >/dev/null
fi
mkdir -p "$tmp/media"
for i in 1 2 3; do ports[$i]=$(free_port); mkdir -p "$tmp/node$i"; done

start_node() {
  local i=$1
  # From the app's folder: the content root (appsettings.json, wwwroot) is the working directory.
  (cd "$app" && exec env ASPNETCORE_ENVIRONMENT=Production \
    NmZaMe__Database__Provider=Postgres \
    ConnectionStrings__Cms="Host=127.0.0.1;Port=$pg_port;Database=nmzame;Username=postgres" \
    NmZaMe__DataDirectory="$tmp/node$i" NmZaMe__Media__SharedFolder="$tmp/media" NmZaMe__USync__Folder="$repo/uSync" \
    NmZaMe__ForwardedHeaders__KnownProxies__0=127.0.0.1 \
    NmZaMe__Unattended__AdminEmail="$admin" NmZaMe__Unattended__AdminPassword="$password" \
    'Serilog__MinimumLevel__Override__NmZaMe.Web.Hosting.RequestLogging=Warning' \
    dotnet NmZaMe.Web.dll --urls "http://127.0.0.1:${ports[$i]}") >>"$tmp/node$i.log" 2>&1 &
  pids[$i]=$!
}

wait_ready() {
  local i=$1 deadline=$(( $(date +%s) + ready_timeout ))
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${ports[$i]}/health/ready" || true) == 200 ]]; do
    kill -0 "${pids[$i]}" 2>/dev/null || { echo "Node $i exited; last lines of its log:" >&2; tail -30 "$tmp/node$i.log" >&2; exit 1; }
    (( $(date +%s) < deadline )) || { echo "Node $i not ready after ${ready_timeout}s" >&2; tail -30 "$tmp/node$i.log" >&2; exit 1; }
    sleep 0.2
  done
}

# Node 1 first (it migrates and imports the seed), then the other two from the same database.
t0=$(date +%s)
start_node 1; wait_ready 1
start_node 2; start_node 3; wait_ready 2; wait_ready 3
log "3 nodes ready in $(( $(date +%s) - t0 ))s on ports ${ports[1]} ${ports[2]} ${ports[3]}"
node() { echo "http://127.0.0.1:${ports[$1]}"; }

lb_port=$(free_port)
mkdir -p "$tmp/nginx/logs"
cat >"$tmp/nginx/nginx.conf" <<EOF
worker_processes 2;
worker_rlimit_nofile $(ulimit -n);
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/logs/error.log warn;
daemon off;
events { worker_connections $(( $(ulimit -n) / 2 )); }
http {
  access_log off;
  client_body_temp_path $tmp/nginx/body; proxy_temp_path $tmp/nginx/proxy;
  fastcgi_temp_path $tmp/nginx/fastcgi; uwsgi_temp_path $tmp/nginx/uwsgi; scgi_temp_path $tmp/nginx/scgi;
  upstream nodes {
    server 127.0.0.1:${ports[1]} max_fails=1 fail_timeout=5s;
    server 127.0.0.1:${ports[2]} max_fails=1 fail_timeout=5s;
    server 127.0.0.1:${ports[3]} max_fails=1 fail_timeout=5s;
    keepalive 64;
  }
  # A node that is down or restarting (connection refused, reset, 502/503 while it loads) costs an idempotent request
  # nothing: nginx asks the next node. POSTs are never sent twice (nginx retries them only with non_idempotent).
  proxy_next_upstream error timeout http_502 http_503 http_504;
  proxy_next_upstream_tries 3;
  proxy_connect_timeout 2s;
  server {
    listen 127.0.0.1:$lb_port;
    location / {
      proxy_pass http://nodes;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
EOF
nginx -p "$tmp/nginx/" -e "$tmp/nginx/logs/error.log" -c "$tmp/nginx/nginx.conf" &
nginx_pid=$!
lb="http://127.0.0.1:$lb_port"
until [[ $(curl -s -o /dev/null -w '%{http_code}' "$lb/health/ready" || true) == 200 ]]; do
  kill -0 "$nginx_pid" 2>/dev/null || { cat "$tmp/nginx/logs/error.log" >&2; exit 1; }
  sleep 0.1
done
log "nginx on $lb"

api="$(node 1)/umbraco/delivery/api/v2"
mapfile -t services < <(curl -sf "$api/content?filter=contentType:service&take=$(( storm_workers + 2 ))" | jq -r '.items[].id')
(( ${#services[@]} >= storm_workers + 2 )) || { echo "The seed has too few services" >&2; exit 1; }
service_path=$(curl -sf "$api/content/item/${services[0]}" | jq -r .route.path)
search_path=$(curl -sf "$api/content?filter=contentType:searchPage&take=1" | jq -r '.items[0].route.path')
python3 "$editor" signin "$(node 1)" "$admin" "$password" "$tmp/jar"

# (a) Publish on node 1, visible on 2 and 3.
log "(a) $publishes publishes on node 1, timed until the Delivery API of nodes 2 and 3 shows each"
python3 "$editor" latency "$tmp/jar" "$(node 1)" "$publishes" "${services[1]}" "$(node 2)" "$(node 3)" >"$tmp/latency.txt"
read -r p50 p95 samples < <(sort -n "$tmp/latency.txt" | awk '{ v[NR] = $1 } END {
  if (NR == 0) { print "n/a n/a 0"; exit }
  i50 = int(NR * 0.50 + 0.999); i95 = int(NR * 0.95 + 0.999); printf "%.0f %.0f %d\n", v[i50], v[i95], NR }')
log "    $samples publishes: p50 ${p50} ms, p95 ${p95} ms, max $(sort -n "$tmp/latency.txt" | tail -1) ms"

# (b) Load through nginx while an editor publishes.
cat >"$tmp/mix.lua" <<EOF
local paths = { "/sl$service_path", "/umbraco/delivery/api/v2/content/item/${services[0]}",
  "/umbraco/delivery/api/v2/content?filter=contentType:service&take=10", "/sl$search_path?q=pomoc+na+domu", "/sl/" }
local i = 0
request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end
-- What the errors were: every status code answered, summed over wrk's threads, and the socket errors by kind.
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) codes = {} end
function response(status, headers, body) codes[status] = (codes[status] or 0) + 1 end
function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do for code, n in pairs(t:get("codes")) do total[code] = (total[code] or 0) + n end end
  local parts = {}
  for code, n in pairs(total) do table.insert(parts, code .. ":" .. n) end
  table.sort(parts)
  local e = summary.errors
  io.write(string.format("statuses %s connect=%d read=%d write=%d timeout=%d\n", table.concat(parts, ","), e.connect, e.read, e.write, e.timeout))
end
EOF
for p in "/sl$service_path" "/sl$search_path?q=pomoc+na+domu" "/sl/"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$lb$p"); [[ $code == 200 ]] || { echo "$lb$p answered $code" >&2; exit 1; }
done
log "(b) wrk -t$threads -c$connections -d${duration}s through nginx (pages, Delivery API, search) while publishing"
: >"$tmp/storm-b.txt"; rm -f "$tmp/storm.stop"
python3 "$editor" storm "$tmp/jar" "$lb" "$tmp/storm.stop" "$tmp/storm-b.txt" "${services[2]}" & storm_pid=$!
wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s -s "$tmp/mix.lua" "$lb" >"$tmp/wrk.txt" 2>&1 || true
touch "$tmp/storm.stop"; wait "$storm_pid" || true; storm_pid=
sed 's/^/    /' "$tmp/wrk.txt"
load_requests=$(awk '/ requests in / { print $1 }' "$tmp/wrk.txt")
non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$tmp/wrk.txt")
socket=$(socket_errors "$tmp/wrk.txt")
load_errors=$(( ${non2xx:-0} + ${socket:-0} ))
load_statuses=$(sed -n 's/^statuses //p' "$tmp/wrk.txt")
log "    requests ${load_requests:-0}, non-2xx/3xx ${non2xx:-0}, socket errors ${socket:-0} ($(grep -o 'Socket errors:.*' "$tmp/wrk.txt" || echo none)); answered: $load_statuses;" \
  "publishes answered during the load: $(grep -c '^answered' "$tmp/storm-b.txt" || true)"

# (c) A publishing storm through nginx; node 2 dies with SIGKILL in the middle and comes back.
log "(c) storm of $storm_workers editors for ${storm_seconds}s through nginx, node 2 killed (SIGKILL) half way and restarted"
: >"$tmp/storm-c.txt"; rm -f "$tmp/storm.stop"
python3 "$editor" storm "$tmp/jar" "$lb" "$tmp/storm.stop" "$tmp/storm-c.txt" "${services[@]:2:$storm_workers}" & storm_pid=$!
sleep $(( storm_seconds / 2 ))   # the storm's length is the point here, not a wait for something
kill -KILL "${pids[2]}"; wait "${pids[2]}" 2>/dev/null || true; pids[2]=
log "    node 2 killed after $(grep -c '^answered' "$tmp/storm-c.txt" || true) answered publishes"
start_node 2
sleep $(( storm_seconds - storm_seconds / 2 ))
touch "$tmp/storm.stop"; wait "$storm_pid" || true; storm_pid=
wait_ready 2
verify=$(python3 "$editor" verify "$tmp/storm-c.txt" 60 "$(node 1)" "$(node 2)" "$(node 3)")
lost_publishes=$(sed -n 's/.*lost=\([0-9]*\).*/\1/p' <<<"$verify")
log "    $verify (attempts $(grep -c '^attempt' "$tmp/storm-c.txt" || true))"

# (d) PostgreSQL restarts while the nodes serve reads through nginx.
log "(d) PostgreSQL stopped for a while and started again under read load"
wrk -t1 -c20 -d30s --timeout 5s -s "$tmp/mix.lua" "$lb" >"$tmp/wrk-db.txt" 2>&1 & wrk_db=$!
sleep 5   # reads served before the restart, for contrast
python3 "$editor" form "$tmp/jar" "$(node 1)" "${services[1]}" "Objava med izpadom baze" "$tmp/outage-form.json"
pg_ctl -w stop -m fast
log "    PostgreSQL down; the publish form sent again and again for 6 s (the outage):"
health_down=$(curl -s -w ' %{http_code}' "$(node 1)/health/ready" | tr -d '\n' | cut -c1-200)
writes_down=$(timeout 90 python3 "$editor" resend "$tmp/jar" "$(node 1)" "${services[1]}" "$tmp/outage-form.json" 6 || echo "503=0 500=0 other=no-answer")
log "    writes while down: $writes_down; /health/ready: $health_down; /health/live: $(curl -s -o /dev/null -w '%{http_code}' "$(node 1)/health/live")"
db_restart_write_503=$(sed -n 's/.*503=\([0-9]*\).*/\1/p' <<<"$writes_down")
db_restart_write_500=$(sed -n 's/.*500=\([0-9]*\).*/\1/p' <<<"$writes_down")
pg_ctl -w -o "-p $pg_port -k $tmp/pgsock -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" start
log "    PostgreSQL up again"
wait "$wrk_db" || true
sed 's/^/    /' "$tmp/wrk-db.txt"
db_non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$tmp/wrk-db.txt")
db_socket=$(socket_errors "$tmp/wrk-db.txt")
db_restart_read_errors=$(( ${db_non2xx:-0} + ${db_socket:-0} ))
recovered=no
for _ in $(seq 1 120); do
  result=$(python3 "$editor" write "$tmp/jar" "$(node 1)" "${services[1]}" "Objava po izpadu baze")
  [[ $result == ok* ]] && { recovered=yes; break; }
  sleep 0.5
done
log "    write after the restart: $result (recovered=$recovered); reads: $(curl -s -o /dev/null -w '%{http_code}' "$lb/sl$service_path")"
if [[ $recovered == yes ]]; then
  python3 "$editor" latency "$tmp/jar" "$(node 1)" 1 "${services[1]}" "$(node 2)" "$(node 3)" >"$tmp/after.txt" 2>&1 || true
  log "    a publish after the restart reached nodes 2 and 3 in $(cat "$tmp/after.txt") ms"
fi
grep -h '"@l":"Error"\|"@l":"Fatal"' "$tmp"/node*/logs/*.json 2>/dev/null | jq -r '.["@mt"]' 2>/dev/null | sort | uniq -c | sort -rn | head -8 | sed 's/^/    server errors logged: /' || true

echo "nodes=3 publish_visible_p50_ms=$p50 publish_visible_p95_ms=$p95 load_requests=${load_requests:-0} load_errors=$load_errors lost_publishes=${lost_publishes:-n/a} db_restart_read_errors=$db_restart_read_errors db_restart_write_503=${db_restart_write_503:-0} db_restart_write_500=${db_restart_write_500:-n/a} db_restart_write_recovered=$recovered"
