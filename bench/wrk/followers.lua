-- wrk script: a page of 20 followers of one user, each with the viewer's relationship to them (one batched
-- relationships call per page). Usage: NOVA_TOKEN=<access token> NOVA_USER=<username> wrk -t2 -c16 -d20s --latency -s bench/wrk/followers.lua http://127.0.0.1:8080/graphql
wrk.method = "POST"
wrk.body = '{"query":"query($u: String!) { user(username: $u) { followers(first: 20) { nodes { id username displayName viewerRelationship { following followedBy } } pageInfo { hasNextPage endCursor } } } }","variables":{"u":"' .. os.getenv("NOVA_USER") .. '"}}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("NOVA_TOKEN")
