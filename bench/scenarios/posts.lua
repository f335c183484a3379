-- GET /posts/{id} with ids uniform over 1..20000 (the reference workload's posts); P2 and A2 use it.
local common = dofile(debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "common.lua")

local posts = 20000

return function()
  common.serve(function()
    local list = {}
    for id = 1, posts do
      list[id] = wrk.format("GET", common.prefix() .. "/posts/" .. id)
    end
    return list
  end)
end
