-- C1: the post page's layout and components with a fixed post and no API call
-- (Bench:CeilingEndpoints), the most P2 could do if fetching its data were free.
local common = dofile(debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "common.lua")

common.serve(function()
  return { wrk.format("GET", common.prefix() .. "/bench/ceiling/post") }
end)
