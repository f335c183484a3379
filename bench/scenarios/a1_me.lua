-- A1: GET /me on the API server with one of the signed-in users' JWTs, picked uniformly per request.
-- BENCH_TOKENS_FILE holds one JWT per user (bench/run.sh reads them from the shared database).
local common = dofile(debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "common.lua")

common.serve(function()
  local list = {}
  for i, token in ipairs(common.lines("BENCH_TOKENS_FILE")) do
    list[i] = wrk.format("GET", common.prefix() .. "/me", { ["Authorization"] = "Bearer " .. token })
  end
  return list
end)
