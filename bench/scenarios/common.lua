-- Shared by every scenario script: request lists, per-thread random picks, status counting and the
-- one-line result that bench/run.sh reads. wrk runs setup() and done() in its main Lua state and
-- init(), request() and response() in one Lua state per thread.

local common = {}

-- The target URL's path, without a trailing slash, so that a site served under a prefix still works.
function common.prefix()
  return (wrk.path or "/"):gsub("/$", "")
end

-- The non-empty lines of the file named by environment variable `name`; stops wrk when it is unusable.
function common.lines(name)
  local path = os.getenv(name)
  if path == nil or path == "" then
    error(name .. " must name a file with one value per line")
  end
  local file = assert(io.open(path, "r"), name .. ": cannot open " .. path)
  local values = {}
  for line in file:lines() do
    if line ~= "" then
      values[#values + 1] = line
    end
  end
  file:close()
  if #values == 0 then
    error(name .. ": " .. path .. " is empty")
  end
  return values
end

local threads = {}
local next_id = 1

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  threads[#threads + 1] = thread
end

-- Every scenario builds its requests once per thread in build(), then request() picks one uniformly
-- at random. Each thread seeds its generator with its own number, so a run is repeatable.
local requests
function common.serve(build)
  function init(args)
    math.randomseed(id * 7919)
    requests = build()
  end

  function request()
    return requests[math.random(#requests)]
  end
end

-- wrk itself counts only statuses of 400 and above as errors; a redirect here (for example to the
-- sign-in page when a session was not accepted) is a failure too, so every non-2xx status is counted.
-- The hook makes wrk hand every response to Lua, which costs wrk some CPU; BENCH_STATUS_HOOK=0 turns
-- it off, and the count is then wrk's own (400 and above only).
local count_in_lua = os.getenv("BENCH_STATUS_HOOK") ~= "0"
non2xx = 0
if count_in_lua then
  function response(status, headers, body)
    if status < 200 or status > 299 then
      non2xx = non2xx + 1
    end
  end
end

function done(summary, latency, requests)
  local errors = summary.errors
  local failed = errors.status
  if count_in_lua then
    failed = 0
    for _, thread in ipairs(threads) do
      failed = failed + (thread:get("non2xx") or 0)
    end
  end
  io.write(string.format(
    "BENCH_RESULT requests=%d duration_us=%d rps=%.1f p50_us=%d p99_us=%d non2xx=%d " ..
    "socket_errors=%d timeouts=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(99), failed,
    errors.connect + errors.read + errors.write, errors.timeout))
end

return common
