-- wrk script: a signed-in app opening one profile, `user(username:)` with the viewer's relationship.
-- Usage: NOVA_TOKEN=<access token> NOVA_USER=<username> wrk -t2 -c16 -d20s --latency -s bench/wrk/user.lua http://127.0.0.1:8080/graphql
wrk.method = "POST"
wrk.body = '{"query":"query($u: String!) { user(username: $u) { id username displayName followerCount followingCount viewerRelationship { following followedBy } } }","variables":{"u":"' .. os.getenv("NOVA_USER") .. '"}}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("NOVA_TOKEN")
