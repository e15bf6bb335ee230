#!/usr/bin/env python3
"""A burst of one question: CLIENTS threads ask QUESTION until TOTAL answers have been asked for, as when a story breaks.

Usage: burst.py BASE_URL API_KEY QUESTION CLIENTS TOTAL [keep-alive]
Each request opens a connection of its own (as the peer's load.py does), or with keep-alive each client keeps one
connection open and sends its requests on it, as a partner's HTTP client pool does.
Prints one JSON line: requests, errors (non-200), answers/s, p50/p95 ms.
"""
import http.client, json, sys, threading, time, urllib.parse

base, key, question, clients, total = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
keep_alive = len(sys.argv) > 6 and sys.argv[6] == "keep-alive"
url = urllib.parse.urlparse(base)
body = json.dumps({"question": question}).encode()
headers = {"Content-Type": "application/json", "X-API-Key": key}
if not keep_alive:
    headers["Connection"] = "close"
lat, errors, lock, left = [], [0], threading.Lock(), [total]

def connect():
    return http.client.HTTPConnection(url.hostname, url.port, timeout=30)

def worker():
    conn = connect()
    while True:
        with lock:
            if left[0] == 0:
                conn.close()
                return
            left[0] -= 1
        t = time.perf_counter()
        try:
            conn.request("POST", url.path.rstrip("/") + "/api/v1/answers", body, headers)
            r = conn.getresponse()
            r.read()
            code = r.status
        except Exception:
            code = 0
        ms = (time.perf_counter() - t) * 1000
        if not keep_alive or code == 0:
            conn.close()
            conn = connect()
        with lock:
            if code == 200: lat.append(ms)
            else: errors[0] += 1

start = time.time()
ts = [threading.Thread(target=worker) for _ in range(clients)]
[t.start() for t in ts]; [t.join() for t in ts]
took = time.time() - start
lat.sort()
pct = lambda p: round(lat[min(len(lat) - 1, int(p * len(lat)))], 1) if lat else None
print(json.dumps({"clients": clients, "requests": total, "errors": errors[0], "keep_alive": keep_alive,
                  "answers_per_s": round(len(lat) / took, 1), "p50_ms": pct(0.5), "p95_ms": pct(0.95)}))
