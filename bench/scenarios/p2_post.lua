-- P2: GET /posts/{id} on the web server, one post page (data from the API), ids uniform 1..20000.
dofile(debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "posts.lua")()
