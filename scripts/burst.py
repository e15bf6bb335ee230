#!/usr/bin/env python3
"""A burst of one question: CLIENTS threads ask QUESTION until TOTAL answers have been asked for, as when a story breaks.

Usage: burst.py BASE_URL API_KEY QUESTION CLIENTS TOTAL
Prints one JSON line: requests, errors (non-200), answers/s, p50/p95 ms.
"""
import json, sys, threading, time, urllib.error, urllib.request

base, key, question, clients, total = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
body = json.dumps({"question": question}).encode()
lat, errors, lock, left = [], [0], threading.Lock(), [total]

def worker():
    while True:
        with lock:
            if left[0] == 0:
                return
            left[0] -= 1
        req = urllib.request.Request(base.rstrip("/") + "/api/v1/answers", data=body,
                                     headers={"Content-Type": "application/json", "X-API-Key": key})
        t = time.perf_counter()
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                r.read(); code = r.status
        except urllib.error.HTTPError as e:
            code = e.code
        except Exception:
            code = 0
        ms = (time.perf_counter() - t) * 1000
        with lock:
            if code == 200: lat.append(ms)
            else: errors[0] += 1

start = time.time()
ts = [threading.Thread(target=worker) for _ in range(clients)]
[t.start() for t in ts]; [t.join() for t in ts]
took = time.time() - start
lat.sort()
pct = lambda p: round(lat[min(len(lat) - 1, int(p * len(lat)))], 1) if lat else None
print(json.dumps({"clients": clients, "requests": total, "errors": errors[0], "answers_per_s": round(len(lat) / took, 1),
                  "p50_ms": pct(0.5), "p95_ms": pct(0.95)}))
