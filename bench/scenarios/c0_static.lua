-- C0: the web server answering a fixed 10 KB HTML document (Bench:CeilingEndpoints), no rendering.
local common = dofile(debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "common.lua")

common.serve(function()
  return { wrk.format("GET", common.prefix() .. "/bench/ceiling/static") }
end)
