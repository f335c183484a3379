-- P3: GET /account on the web server as one of the signed-in users, picked uniformly per request.
-- BENCH_COOKIES_FILE holds one Cookie header value per user (bench/run.sh writes it after signing in).
local common = dofile(debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "common.lua")

common.serve(function()
  local list = {}
  for i, cookie in ipairs(common.lines("BENCH_COOKIES_FILE")) do
    list[i] = wrk.format("GET", common.prefix() .. "/account", { ["Cookie"] = cookie })
  end
  return list
end)
