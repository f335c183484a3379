#!/usr/bin/env bash
# The reference workload (/work/shared/bench/WORKLOAD.md) against Tandem, end to end, on this machine:
# build Release, seed a fresh SQLite database, start the dev identity provider, the API and the web server
# as production runs them, sign 50 users in, run every scenario with wrk, and write a Markdown table to
# bench/results/. bench/README.md lists the knobs (all environment variables named BENCH_*).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench="$repo/bench"

duration=${BENCH_DURATION:-20}
warmup=${BENCH_WARMUP:-5}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-64}
users=${BENCH_USERS:-50}
# both: the web server caches anonymous pages (its default) and a second web server with the cache off
# serves P1N and P2N, so one run reports P1 and P2 each way; on or off: one web server, that way only.
output_cache=${BENCH_OUTPUT_CACHE:-both}
case $output_cache in
  both) default_scenarios="P1 P1N P2 P2N P3 A1 A2 C0 C1" ;;
  on | off) default_scenarios="P1 P2 P3 A1 A2 C0 C1" ;;
  *) echo "bench: BENCH_OUTPUT_CACHE must be both, on or off, not '$output_cache'" >&2; exit 2 ;;
esac
scenarios=${BENCH_SCENARIOS:-$default_scenarios}
results_dir=${BENCH_RESULTS_DIR:-$bench/results}

# Set both to run the scenarios against servers that are already running (another implementation, or
# Tandem started by hand): nothing is built, seeded or started, and P3/A1 need BENCH_COOKIES_FILE and
# BENCH_TOKENS_FILE. BENCH_WEB_PID and BENCH_API_PID, when given, are used for the memory columns.
external=0
if [[ -n ${BENCH_WEB_URL:-} || -n ${BENCH_API_URL:-} ]]; then
  [[ -n ${BENCH_WEB_URL:-} && -n ${BENCH_API_URL:-} ]] || {
    echo "bench: set both BENCH_WEB_URL and BENCH_API_URL, or neither" >&2
    exit 2
  }
  external=1
fi

load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
# shellcheck source=lib/tandem-servers.sh
source "$bench/lib/tandem-servers.sh"

# Peak resident memory (VmHWM) in MB, or n/a when the PID is unknown.
peak_rss() {
  local pid=${1:-}
  [[ -n $pid && -r /proc/$pid/status ]] || { echo "n/a"; return; }
  awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"
}

# Writing 5 to clear_refs resets VmHWM (Linux 4.0+), so each scenario reports its own peak.
reset_peak() {
  local pid=${1:-}
  [[ -n $pid ]] && { echo 5 >"/proc/$pid/clear_refs"; } 2>/dev/null || true
}

# CPU seconds (user + system) the process has used so far, or nothing when the PID is unknown.
cpu_seconds() {
  local pid=${1:-}
  [[ -n $pid && -r /proc/$pid/stat ]] || return 0
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / hz }' "/proc/$pid/stat"
}

# Sets the variable named $1 to the CPU seconds used by this script's finished children (so wrk, once
# it has exited). `times` must run in this shell, not in a $(...) subshell, which has no children yet.
children_cpu_seconds() {
  times >"$tmp/times.txt"
  printf -v "$1" '%s' "$(awk 'NR == 2 {
    for (i = 1; i <= 2; i++) { split($i, t, /[ms]/); s += t[1] * 60 + t[2] }
    printf "%.2f", s }' "$tmp/times.txt")"
}

# CPU seconds the whole machine has been busy (anything but idle and I/O wait), over all cores.
machine_busy_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '/^cpu / { printf "%.2f", ($2 + $3 + $4 + $7 + $8 + $9) / hz }' /proc/stat
}

percent_of_core() {
  local before=$1 after=$2
  [[ -n $before && -n $after ]] || { echo "n/a"; return; }
  awk -v b="$before" -v a="$after" -v d="$duration" 'BEGIN { printf "%.0f%%", (a - b) / d * 100 }'
}

need wrk wrk
need curl curl
command -v dotnet >/dev/null || die "dotnet is missing: install the .NET 10 SDK"

if [[ $external == 0 ]]; then
  need sqlite3 sqlite3

  build_and_seed_tandem
  start_tandem_backends
  free_port uncached_web_port
  uncached_web_url="http://127.0.0.1:$uncached_web_port"
  log "starting the web server ($web_url)"
  start_server web Tandem.Web "$web_port" "${web_settings[@]}" \
    "OutputCache__Enabled=$([[ $output_cache == off ]] && echo false || echo true)"
  if [[ $output_cache == both ]]; then
    start_server uncached_web Tandem.Web "$uncached_web_port" "${web_settings[@]}" OutputCache__Enabled=false
  fi

  wait_until_alive identity "$identity_url"
  wait_until_alive api "$api_url"
  wait_until_alive web "$web_url"
  [[ $output_cache != both ]] || wait_until_alive uncached_web "$uncached_web_url"
  log "servers up: identity PID ${pids[identity]}, API PID ${pids[api]}, web PID ${pids[web]}" \
    "${pids[uncached_web]:+, web without output cache PID ${pids[uncached_web]}}"

  cookies_file="$tmp/cookies.txt"
  tokens_file="$tmp/tokens.txt"
  log "signing in $users users through the dev provider"
  dotnet "$bench/Tandem.Bench.SignIn/bin/Release/net10.0/Tandem.Bench.SignIn.dll" \
    --web "$web_url" --users "$users" --out "$cookies_file" >"$tmp/signin.log" 2>&1 \
    || { cat "$tmp/signin.log" >&2; die "sign-in failed"; }
  log "$(tail -n 1 "$tmp/signin.log")"

  # Each session's JWT was minted when the sign-in tool first opened /account; it lives only in the
  # shared database, beside the session.
  sqlite3 -readonly "$db" \
    "SELECT AccessToken FROM Sessions WHERE RevokedAt IS NULL AND AccessToken IS NOT NULL ORDER BY CreatedAt" \
    >"$tokens_file"
  [[ $(wc -l <"$tokens_file") == "$users" ]] || die "expected $users JWTs in the database, found $(wc -l <"$tokens_file")"
  web_pid=${pids[web]}
  api_pid=${pids[api]}
  uncached_web_pid=${pids[uncached_web]:-}
else
  web_url=${BENCH_WEB_URL%/}
  api_url=${BENCH_API_URL%/}
  cookies_file=${BENCH_COOKIES_FILE:-}
  tokens_file=${BENCH_TOKENS_FILE:-}
  web_pid=${BENCH_WEB_PID:-}
  api_pid=${BENCH_API_PID:-}
  uncached_web_url=
  uncached_web_pid=
  log "external servers: web $web_url, API $api_url (nothing built or started)"
fi

export BENCH_COOKIES_FILE=$cookies_file BENCH_TOKENS_FILE=$tokens_file

whole_run_web_peak=$(peak_rss "$web_pid")
whole_run_api_peak=$(peak_rss "$api_pid")
rows=()
cpu_rows=()
notes=()

# One scenario: a warm-up run whose figures are thrown away, then the measured run.
run_scenario() {
  local id=$1 request=$2 script=$3 url=$4 skip=${5:-}
  # P1N and P2N run against the second web server; scenario_web_pid names it.
  local web_pid=${scenario_web_pid:-$web_pid}
  if [[ -n $skip ]]; then
    rows+=("| $id | $request | skipped: $skip | | | | | | |")
    return
  fi

  reset_peak "$web_pid"
  reset_peak "$api_pid"
  local wrk_args=(-t"$threads" -c"$connections" --timeout 10s -s "$bench/scenarios/$script" "$url")
  if [[ $warmup != 0 ]]; then
    log "$id warm-up, ${warmup} s"
    wrk -d"${warmup}s" "${wrk_args[@]}" >"$tmp/$id-warmup.txt" 2>&1 || { cat "$tmp/$id-warmup.txt" >&2; die "$id warm-up failed"; }
  fi

  log "$id measured, ${duration} s"
  local web0 api0 identity0 wrk0 busy0 web1 api1 identity1 wrk1 busy1
  web0=$(cpu_seconds "$web_pid") api0=$(cpu_seconds "$api_pid") identity0=$(cpu_seconds "${pids[identity]:-}")
  children_cpu_seconds wrk0
  busy0=$(machine_busy_seconds)
  wrk -d"${duration}s" "${wrk_args[@]}" >"$tmp/$id.txt" 2>&1 || { cat "$tmp/$id.txt" >&2; die "$id failed"; }
  web1=$(cpu_seconds "$web_pid") api1=$(cpu_seconds "$api_pid") identity1=$(cpu_seconds "${pids[identity]:-}")
  children_cpu_seconds wrk1
  busy1=$(machine_busy_seconds)

  # Whatever the machine did besides these servers and wrk: other people's builds and tests, mostly.
  local others_before others_after
  others_before=$(awk -v a="${web0:-0}" -v b="${api0:-0}" -v c="${identity0:-0}" -v d="$wrk0" -v t="$busy0" \
    'BEGIN { print t - a - b - c - d }')
  others_after=$(awk -v a="${web1:-0}" -v b="${api1:-0}" -v c="${identity1:-0}" -v d="$wrk1" -v t="$busy1" \
    'BEGIN { print t - a - b - c - d }')
  cpu_rows+=("| $id | $(percent_of_core "$web0" "$web1") | $(percent_of_core "$api0" "$api1") \
| $(percent_of_core "$wrk0" "$wrk1") | $(percent_of_core "$others_before" "$others_after") |")

  local line
  line=$(sed -n 's/^BENCH_RESULT //p' "$tmp/$id.txt")
  [[ -n $line ]] || { cat "$tmp/$id.txt" >&2; die "$id printed no result"; }
  declare -A r=()
  local pair
  for pair in $line; do
    r[${pair%%=*}]=${pair#*=}
  done

  local web_peak api_peak
  web_peak=$(peak_rss "$web_pid")
  api_peak=$(peak_rss "$api_pid")
  whole_run_web_peak=$(max "$whole_run_web_peak" "$web_peak")
  whole_run_api_peak=$(max "$whole_run_api_peak" "$api_peak")

  rows+=("$(awk -v id="$id" -v req="$request" -v rps="${r[rps]}" -v p50="${r[p50_us]}" -v p99="${r[p99_us]}" \
    -v bad="${r[non2xx]}" -v sock="$((r[socket_errors] + r[timeouts]))" -v wmem="$web_peak" \
    -v amem="$api_peak" 'BEGIN {
      printf "| %s | %s | %.0f | %.1f | %.1f | %d | %d | %s | %s |",
        id, req, rps, p50 / 1000, p99 / 1000, bad, sock, wmem, amem }')")
  if ((r[non2xx] > 0 || r[socket_errors] + r[timeouts] > 0)); then
    notes+=("$id: ${r[non2xx]} non-2xx responses, ${r[socket_errors]} socket errors, ${r[timeouts]} timeouts (over 10 s).")
  fi
}

max() {
  if [[ $1 == n/a ]]; then echo "$2"; elif [[ $2 == n/a ]]; then echo "$1"; else echo $(($1 > $2 ? $1 : $2)); fi
}

for id in $scenarios; do
  case $id in
    none) ;;
    P1) run_scenario P1 'web `GET /`' p1_home.lua "$web_url/" ;;
    P2) run_scenario P2 'web `GET /posts/{1..20000}`' p2_post.lua "$web_url/" ;;
    P1N) scenario_web_pid=$uncached_web_pid run_scenario P1N 'web `GET /`, output cache off' p1_home.lua \
      "$uncached_web_url/" "$([[ -n $uncached_web_url ]] || echo 'needs BENCH_OUTPUT_CACHE=both')" ;;
    P2N) scenario_web_pid=$uncached_web_pid run_scenario P2N 'web `GET /posts/{1..20000}`, output cache off' \
      p2_post.lua "$uncached_web_url/" "$([[ -n $uncached_web_url ]] || echo 'needs BENCH_OUTPUT_CACHE=both')" ;;
    P3) run_scenario P3 "web \`GET /account\`, $users sessions" p3_account.lua "$web_url/" \
      "$([[ -s $cookies_file ]] || echo 'no BENCH_COOKIES_FILE')" ;;
    A1) run_scenario A1 "API \`GET /me\`, $users JWTs" a1_me.lua "$api_url/" \
      "$([[ -s $tokens_file ]] || echo 'no BENCH_TOKENS_FILE')" ;;
    A2) run_scenario A2 'API `GET /posts/{1..20000}`' a2_post.lua "$api_url/" ;;
    C0) run_scenario C0 'web, fixed 10 KB HTML' c0_static.lua "$web_url/" \
      "$([[ $external == 0 ]] || echo 'Tandem only')" ;;
    C1) run_scenario C1 'web, post page with a fixed post' c1_post.lua "$web_url/" \
      "$([[ $external == 0 ]] || echo 'Tandem only')" ;;
    *) die "unknown scenario '$id' in BENCH_SCENARIOS (known: P1 P1N P2 P2N P3 A1 A2 C0 C1, or none)" ;;
  esac
done
identity_peak=$(peak_rss "${pids[identity]:-}")
elapsed=$((SECONDS - started_at))

dotnet_runtime=$(dotnet --list-runtimes | awk '/^Microsoft.AspNetCore.App / { v = $2 } END { print v }')
machine="$(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(nproc) cores, \
$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) memory, $(uname -sr), \
.NET SDK $(dotnet --version), ASP.NET Core $dotnet_runtime"
commit=$(git -C "$repo" describe --always --dirty 2>/dev/null || echo unknown)

report=$(
  echo "# Tandem benchmark, $(date +%F) on $(hostname -s)"
  echo
  echo "- Machine: $machine"
  echo "- Commit: $commit; run started $(date -d "@$(($(date +%s) - elapsed))" '+%F %T %Z'), took ${elapsed} s"
  echo "- Load: wrk, $threads threads, $connections connections, ${warmup} s warm-up then ${duration} s measured" \
    "per scenario, over loopback on the same machine; load average when the script started: $load_at_start"
  if [[ $external == 0 ]]; then
    echo "- Servers: Release builds, Production environment, SQLite in a temp dir, $users users signed in;" \
      "output cache: $output_cache (P1N and P2N: a second web server with it off)"
  else
    echo "- Servers: external, web $web_url, API $api_url"
  fi
  echo
  echo "| id | request | req/s | p50 ms | p99 ms | non-2xx | socket errors | web peak MB | API peak MB |"
  echo "|----|---------|------:|-------:|-------:|--------:|--------------:|------------:|------------:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Peak MB is VmHWM during that scenario's warm-up and run. Over the whole run: web ${whole_run_web_peak} MB," \
    "API ${whole_run_api_peak} MB, dev identity provider ${identity_peak} MB."
  if ((${#cpu_rows[@]} > 0)); then
    echo
    echo "Where the CPU went during each measured run, in shares of one core (the machine has $(nproc));" \
      "\"others\" is everything else on the machine."
    echo
    echo "| id | web | API | wrk | others |"
    echo "|----|----:|----:|----:|-------:|"
    printf '%s\n' "${cpu_rows[@]}"
  fi
  for note in "${notes[@]}"; do
    echo
    echo "- $note"
  done
)

mkdir -p "$results_dir"
results_file="$results_dir/$(date +%F)-$(hostname -s).md"
echo "$report" >"$results_file"
echo
echo "$report"
echo
log "done in ${elapsed} s; written to ${results_file#"$repo"/}"

# For profiling (bench/README.md): the servers stay up, warm, with their sessions, until Enter.
if [[ ${BENCH_HOLD:-0} == 1 && $external == 0 ]]; then
  log "holding: web $web_url (PID $web_pid), API $api_url (PID $api_pid)" \
    "${uncached_web_pid:+, web without output cache $uncached_web_url (PID $uncached_web_pid)}"
  log "cookies in $cookies_file, JWTs in $tokens_file; press Enter to stop the servers"
  read -r _ || true
fi
