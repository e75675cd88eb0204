#!/usr/bin/env python3
"""Seeds a running Nova for the wrk scripts: a user `star` with 20 followers, and a viewer who follows some of
them. Prints the NOVA_TOKEN and NOVA_USER to export. Usage: python3 bench/wrk/seed.py http://127.0.0.1:8080/graphql
"""
import json
import sys
import urllib.request
import uuid

URL = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080/graphql"
RUN = uuid.uuid4().hex[:6]


def call(query, variables=None, token=None):
    request = urllib.request.Request(URL, data=json.dumps({"query": query, "variables": variables or {}}).encode(),
                                     headers={"Content-Type": "application/json"})
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request) as response:
        body = json.load(response)
    if body.get("errors"):
        raise SystemExit(json.dumps(body["errors"]))
    return body["data"]


def register(name):
    data = call("mutation($i: RegisterInput!) { register(input: $i) { accessToken user { id username } } }",
                {"i": {"email": name + "@example.com", "username": name, "password": "a long passphrase"}})
    return data["register"]["accessToken"], data["register"]["user"]["id"]


def follow(token, user_id):
    call("mutation($u: ID!) { follow(input: {userId: $u}) { relationship { following } } }", {"u": user_id}, token)


star_name = "star_" + RUN
star_token, star_id = register(star_name)
viewer_token, viewer_id = register("viewer_" + RUN)
for n in range(20):
    token, user_id = register("fan%02d_%s" % (n, RUN))
    follow(token, star_id)
    if n % 2 == 0:
        follow(viewer_token, user_id)
print("export NOVA_TOKEN=" + viewer_token)
print("export NOVA_USER=" + star_name)
