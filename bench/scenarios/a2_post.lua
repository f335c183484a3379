-- A2: GET /posts/{id} on the API server, one post as JSON, ids uniform 1..20000.
dofile(debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "posts.lua")()
