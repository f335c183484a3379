#!/usr/bin/env bash
# Page-to-page navigation, Tandem against a Next.js reference front-end over the same API: builds Tandem
# in Release and seeds the reference workload (as bench/run.sh does), starts the API and Tandem's web
# server in Production, builds and starts bench/nextjs-reference with `next start`, then times clicks
# home → post and post → home in headless Chromium (bench/navigation/measure.mjs) and writes
# docs/measurements/navigation-vs-nextjs.md. bench/README.md lists the knobs (BENCH_NAV_*).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench="$repo/bench"
runs=${BENCH_NAV_RUNS:-20}
rounds=${BENCH_NAV_ROUNDS:-4}
warmup=${BENCH_NAV_WARMUP:-2}
((runs % rounds == 0)) || {
  echo "bench: BENCH_NAV_RUNS ($runs) must be a multiple of BENCH_NAV_ROUNDS ($rounds)" >&2
  exit 2
}
chromium=${BENCH_NAV_CHROMIUM:-/usr/bin/chromium}
report=${BENCH_NAV_REPORT:-$repo/docs/measurements/navigation-vs-nextjs.md}
nextjs="$bench/nextjs-reference"

load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
# shellcheck source=lib/tandem-servers.sh
source "$bench/lib/tandem-servers.sh"

need curl curl
command -v dotnet >/dev/null || die "dotnet is missing: install the .NET 10 SDK"
command -v node >/dev/null || die "node is missing: install Node.js 20 (the Debian package nodejs)"
[[ -x $chromium ]] || die "no Chromium at $chromium: install the Debian package chromium"

build_and_seed_tandem

if [[ ! -d $nextjs/node_modules ]]; then
  log "installing the Next.js reference front-end's packages (npm ci)"
  (cd "$nextjs" && npm ci --no-audit --no-fund) >"$tmp/npm.log" 2>&1 \
    || { cat "$tmp/npm.log" >&2; die "npm ci failed"; }
fi
log "building the Next.js reference front-end (next build)"
next_cli=node_modules/next/dist/bin/next
(cd "$nextjs" && NEXT_TELEMETRY_DISABLED=1 node "$next_cli" build) >"$tmp/next-build.log" 2>&1 \
  || { tail -n 40 "$tmp/next-build.log" >&2; die "next build failed"; }

start_tandem_backends
log "starting Tandem's web server ($web_url)"
start_server web Tandem.Web "$web_port" "${web_settings[@]}"
free_port nextjs_port
nextjs_url="http://127.0.0.1:$nextjs_port"
log "starting the Next.js reference front-end ($nextjs_url)"
(cd "$nextjs" && exec env NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 "TANDEM_API_URL=$api_url" \
  node "$next_cli" start --hostname 127.0.0.1 --port "$nextjs_port") >"$tmp/nextjs.log" 2>&1 &
pids[nextjs]=$!

wait_until_alive identity "$identity_url"
wait_until_alive api "$api_url"
wait_until_alive web "$web_url"
for _ in $(seq 240); do
  kill -0 "${pids[nextjs]}" 2>/dev/null \
    || { tail -n 30 "$tmp/nextjs.log" >&2; die "the Next.js app exited on start"; }
  curl -fsS -o /dev/null "$nextjs_url/" 2>/dev/null && break
  sleep 0.25
done
curl -fsS -o /dev/null "$nextjs_url/" \
  || { tail -n 30 "$tmp/nextjs.log" >&2; die "the Next.js app does not serve /"; }
log "servers up: API PID ${pids[api]}, Tandem web PID ${pids[web]}, Next.js PID ${pids[nextjs]}"

load_at_measure=$(cut -d' ' -f1-3 /proc/loadavg)
# One fresh browser per front-end and round; the front-ends take turns, so that a change in the machine's
# load during the run falls on all three alike.
declare -A results=()
measure() {
  local name=$1 round=$2 url=$3 prerender=$4
  local out="$tmp/$name-$round.json"
  local per_round=$((runs / rounds))
  log "round $round, $name: $warmup warm-up and $per_round measured runs each way (prerender $prerender)"
  node "$bench/navigation/measure.mjs" --url "$url" --runs "$per_round" --warmup "$warmup" \
    --first-post "$(((round - 1) * (warmup + per_round)))" \
    --prerender "$prerender" --chromium "$chromium" >"$out" 2>"$tmp/$name.err" \
    || { cat "$tmp/$name.err" >&2; die "$name failed"; }
  results[$name]+="${results[$name]:+,}$out"
}
for round in $(seq "$rounds"); do
  measure tandem "$round" "$web_url" on
  measure tandem-no-prerender "$round" "$web_url" off
  measure nextjs "$round" "$nextjs_url" on
done
load_at_end=$(cut -d' ' -f1-3 /proc/loadavg)
commit=$(git -C "$repo" rev-parse --short HEAD)
git -C "$repo" diff --quiet HEAD -- src || commit+=" (with uncommitted changes under src/)"

mkdir -p "$(dirname "$report")"
node "$bench/navigation/report.mjs" \
  --tandem "${results[tandem]}" --tandem-no-prerender "${results[tandem-no-prerender]}" \
  --nextjs "${results[nextjs]}" --rounds "$rounds" \
  --load "$load_at_start / $load_at_measure / $load_at_end" \
  --commit "$commit" \
  --chromium "$("$chromium" --version 2>/dev/null | head -n 1)" \
  --next-version "$(node -p "require('$nextjs/node_modules/next/package.json').version")" \
  >"$report"
cat "$report"
log "done in $((SECONDS - started_at)) s; written to ${report#"$repo"/}"
