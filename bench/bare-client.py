# A plain Python client for the bench's reference lines: the same project pages the pages-only
# scan reads, requested with http.client over kept-alive connections from 16 (or argv[3]) threads,
# each body read and parsed as JSON, and nothing else. Prints the milliseconds from its first
# request to its last answer; the bench also times it from spawn to exit.
#   python3 bench/bare-client.py INDEX_URL NAMES_FILE [CONCURRENCY]

import http.client
import json
import sys
import threading
import time
from urllib.parse import urlsplit

index_url, names_file = sys.argv[1], sys.argv[2]
concurrency = int(sys.argv[3]) if len(sys.argv) > 3 else 16
with open(names_file, encoding="utf-8") as f:
    names = [n for n in f.read().split("\n") if n]
base = urlsplit(index_url)
lock = threading.Lock()
pending = iter(names)
failures = []


def worker():
    conn = http.client.HTTPConnection(base.hostname, base.port)
    try:
        while True:
            with lock:
                name = next(pending, None)
            if name is None:
                return
            conn.request("GET", f"{base.path}/{name}/", headers={"Accept": "application/vnd.pypi.simple.v1+json"})
            response = conn.getresponse()
            body = response.read()
            if response.status != 200:
                failures.append(f"{name}: {response.status}")
                return
            json.loads(body)
    finally:
        conn.close()


started = time.perf_counter()
threads = [threading.Thread(target=worker) for _ in range(concurrency)]
for t in threads:
    t.start()
for t in threads:
    t.join()
if failures:
    sys.exit(f"bare client: {failures[0]}")
print((time.perf_counter() - started) * 1000)
