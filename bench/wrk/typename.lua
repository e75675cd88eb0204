-- wrk script: POST `{ __typename }` to /graphql with a bearer token, as a signed-in app would.
-- Usage: NOVA_TOKEN=<access token> wrk -t2 -c16 -d20s --latency -s bench/wrk/typename.lua http://127.0.0.1:8080/graphql
wrk.method = "POST"
wrk.body = '{"query":"{ __typename }"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("NOVA_TOKEN")
