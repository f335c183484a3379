# Sourced by bench/run.sh and bench/navigation.sh: starting Tandem's servers as production runs them, on
# loopback, and stopping them again. The sourcing script sets `repo` and `bench` (the repository and its
# bench/ folder) and BENCH_PORT_BASE if it wants other ports; this file makes the temp folder `tmp`, which
# holds the database and the servers' logs, and the PIDs in `pids`.

started_at=$SECONDS
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tandem-bench.XXXXXX")
declare -A pids=()
port_base=${BENCH_PORT_BASE:-5380}

log() { printf '[bench %4ds] %s\n' $((SECONDS - started_at)) "$*" >&2; }

die() {
  log "FAILED: $*"
  exit 1
}

# Stops only the servers this script started, by the PIDs it recorded.
stop_servers() {
  local name pid
  for name in "${!pids[@]}"; do
    pid=${pids[$name]}
    kill -TERM "$pid" 2>/dev/null || continue
    for _ in $(seq 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
    kill -KILL "$pid" 2>/dev/null || true
  done
}

cleanup() {
  local status=$?
  stop_servers
  if [[ ${BENCH_KEEP_TMP:-0} == 1 || $status -ne 0 ]]; then
    log "logs and data kept in $tmp"
  else
    rm -rf "$tmp"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Installs a missing Debian package when running as root; otherwise says what to install.
need() {
  local tool=$1 package=$2
  command -v "$tool" >/dev/null && return
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    log "installing $package"
    apt-get install -y -qq "$package" >"$tmp/apt.log" 2>&1 \
      || { apt-get update -qq >>"$tmp/apt.log" 2>&1 && apt-get install -y -qq "$package" >>"$tmp/apt.log" 2>&1; } \
      || die "could not install $package (see $tmp/apt.log)"
  else
    die "$tool is missing: install the Debian package $package"
  fi
}

port_in_use() { (: <"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Sets the variable named $1 to the next free port from BENCH_PORT_BASE on (no subshell, so that the
# next call moves on).
next_port=$port_base
free_port() {
  while port_in_use "$next_port"; do
    next_port=$((next_port + 1))
  done
  printf -v "$1" '%s' "$next_port"
  next_port=$((next_port + 1))
}

# Runs bin/Release/net10.0/<project>.dll from its project folder. `exec` makes the recorded PID the
# server's own, not a wrapper's.
start_server() {
  local name=$1 project=$2 port=$3
  shift 3
  (cd "$repo/src/$project" && exec env "$@" dotnet "bin/Release/net10.0/$project.dll" \
    --urls "http://127.0.0.1:$port") >"$tmp/$name.log" 2>&1 &
  pids[$name]=$!
}

wait_until_alive() {
  local name=$1 url=$2
  for _ in $(seq 240); do
    kill -0 "${pids[$name]}" 2>/dev/null || { tail -n 30 "$tmp/$name.log" >&2; die "$name exited on start"; }
    curl -fsS -o /dev/null "$url/alive" 2>/dev/null && return
    sleep 0.25
  done
  tail -n 30 "$tmp/$name.log" >&2
  die "$name did not answer $url/alive within 60 s"
}

# Builds bench/Tandem.Bench.slnx in Release (the servers and the bench tools) and seeds the reference
# workload (/work/shared/bench/WORKLOAD.md) into a fresh SQLite database, `db`.
build_and_seed_tandem() {
  log "building Release (bench/Tandem.Bench.slnx)"
  dotnet build "$bench/Tandem.Bench.slnx" -c Release -nologo -v quiet >"$tmp/build.log" 2>&1 \
    || { tail -n 40 "$tmp/build.log" >&2; die "build failed"; }

  db="$tmp/tandem.db"
  log "seeding the reference workload into $db"
  ConnectionStrings__Tandem="Data Source=$db" dotnet run -c Release --no-build --no-launch-profile \
    --project "$repo/src/Tandem.Api" -- seed-workload >"$tmp/seed.log" 2>&1 \
    || { cat "$tmp/seed.log" >&2; die "seeding failed"; }
  log "$(tail -n 1 "$tmp/seed.log")"
}

# Picks the ports and starts the dev identity provider and the API on `db`; sets identity_url, api_url,
# web_port, web_url and web_settings, the environment a web server started with
# `start_server NAME Tandem.Web PORT "${web_settings[@]}"` needs. The caller waits for them to be alive.
start_tandem_backends() {
  free_port identity_port
  free_port api_port
  free_port web_port
  identity_url="http://127.0.0.1:$identity_port"
  api_url="http://127.0.0.1:$api_port"
  web_url="http://127.0.0.1:$web_port"
  local secret="bench-$RANDOM$RANDOM"
  # A fresh key-encryption key for the Data Protection key ring, as production requires one; kept in a
  # file readable by this user only and passed by path, as a mounted secret would be.
  local kek_file="$tmp/key-encryption-key"
  (umask 077 && head -c 32 /dev/urandom | base64 >"$kek_file")
  local production=(ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
    Logging__LogLevel__Default=Warning)
  local shared=("ConnectionStrings__Tandem=Data Source=$db" "Jwt__Issuer=$web_url" Jwt__Audience=tandem-api)
  # All load comes from one address and 50 users, far past the limits a deployment wants; these lift
  # them (the limiter still runs and is measured) so that no request is refused with 429.
  local unlimited=(RateLimits__Pages__PermitLimit=1000000000 RateLimits__SignIn__PermitLimit=1000000000
    RateLimits__PerUser__PermitLimit=1000000000 RateLimits__PerAddress__PermitLimit=1000000000)

  log "starting the dev identity provider ($identity_url) and the API ($api_url)"
  # Production with the explicit opt-in that DevelopmentOnlyGuard asks for.
  start_server identity Tandem.DevIdentity "$identity_port" "${production[@]}" DevIdentity__Enabled=true \
    DevIdentity__Clients__0__ClientId=tandem-web "DevIdentity__Clients__0__ClientSecret=$secret" \
    "DevIdentity__Clients__0__RedirectUris__0=$web_url/signin/callback/dev"
  start_server api Tandem.Api "$api_port" "${production[@]}" "${shared[@]}" "${unlimited[@]}"
  # SignIn:AllowInsecureHttp lets the sign-in callbacks run over plain HTTP on loopback. Jwt:Lifetime is
  # stretched to an hour so the JWTs read once after sign-in stay valid for the whole run (A1).
  web_settings=("${production[@]}" "${shared[@]}" "${unlimited[@]}" Jwt__Lifetime=01:00:00 \
    "Api__BaseUrl=$api_url" SignIn__AllowInsecureHttp=true Bench__CeilingEndpoints=true \
    "SignIn__Oidc__dev__Authority=$identity_url/" SignIn__Oidc__dev__ClientId=tandem-web \
    "SignIn__Oidc__dev__ClientSecret=$secret" "DataProtection__KeyEncryptionKeyFile=$kek_file")
}
