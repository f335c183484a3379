-- P1: GET / on the web server, the 20 newest posts (data from the API).
local common = dofile(debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "common.lua")

common.serve(function()
  return { wrk.format("GET", common.prefix() .. "/") }
end)
