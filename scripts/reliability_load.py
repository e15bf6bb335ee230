#!/usr/bin/env python3
"""Load for the reliability checks (scripts/shutdown-check.sh, scripts/outage-check.sh): N clients ask
questions of a running service on localhost for a bounded time and classify every request.

  python3 scripts/reliability_load.py --port 8093 --key KEY --clients 50 --seconds 20 --out results.json \
      [--split-at-file FILE]

With --split-at-file, the file (written during the run) holds a Unix time, such as the moment SIGTERM was sent or the
database stopped: requests started before it and those started after it are counted apart.

Outcomes: a status code, "refused" (the connection could not be made: the port was closed, no request was in
flight) or "lost" (the request was sent and the connection ended without a reply: an in-flight request cut off).
"""
import argparse
import http.client
import json
import threading
import time

QUESTIONS = ["What is the 287(g) program?", "Can local police refuse to cooperate with ICE?",
             "Who trains deputized officers?", "What did the Worcester council decide?"]


def client(args, stop_at, results, lock, index):
    n = 0
    while time.time() < stop_at:
        body = json.dumps({"question": QUESTIONS[(index + n) % len(QUESTIONS)]})
        n += 1
        started = time.time()
        problem = False
        conn = http.client.HTTPConnection("localhost", args.port, timeout=60)
        try:
            conn.connect()
        except OSError:
            outcome, retry_after = "refused", None
            time.sleep(0.2)
        else:
            try:
                conn.request("POST", "/api/v1/answers", body=body,
                             headers={"Content-Type": "application/json", "X-API-Key": args.key})
                reply = conn.getresponse()
                text = reply.read()
                outcome, retry_after = str(reply.status), reply.getheader("Retry-After")
                problem = b"/problems/unavailable" in text \
                    and (reply.getheader("Content-Type") or "").startswith("application/problem+json")
            except (http.client.HTTPException, OSError):
                outcome, retry_after, problem = "lost", None, False
        finally:
            conn.close()
        with lock:
            results.append({"at": started, "outcome": outcome, "retryAfter": retry_after, "problem": problem})
        if outcome not in ("200",):
            time.sleep(0.2)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--clients", type=int, default=50)
    p.add_argument("--seconds", type=float, default=20)
    p.add_argument("--out", required=True)
    p.add_argument("--split-at-file")
    args = p.parse_args()
    results, lock = [], threading.Lock()
    stop_at = time.time() + args.seconds
    threads = [threading.Thread(target=client, args=(args, stop_at, results, lock, i)) for i in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with open(args.out, "w") as f:
        json.dump(results, f)
    if args.split_at_file:
        with open(args.split_at_file) as f:
            split_at = float(f.read().strip())
        print(json.dumps({"startedBefore": summary([r for r in results if r["at"] < split_at]),
                          "startedAfter": summary([r for r in results if r["at"] >= split_at])}))
    else:
        print(json.dumps(summary(results)))


def summary(results):
    counts = {}
    for r in results:
        counts[r["outcome"]] = counts.get(r["outcome"], 0) + 1
    with_retry = sum(1 for r in results if r["outcome"] == "503" and r["retryAfter"])
    problem = sum(1 for r in results if r["outcome"] == "503" and r.get("problem"))
    return {"requests": len(results), "outcomes": counts, "503WithRetryAfter": with_retry, "503Problem": problem}


if __name__ == "__main__":
    main()
