"""Phase 5: new sessions per second at saturation, resume-tui serve against OpenSSH's sshd
running the same binary as its ForceCommand, with the same client code.

C loops each connect, wait for the painted screen, quit with `q` and close, then start
over, for a fixed time; rounds alternate between the servers so that whatever else the
machine is doing meanwhile falls on both alike.
"""
import asyncio
import collections
import itertools
import sys
import time

import procfs
from ramp import cpu_mark, cpu_since
from visitor import Failure, Visitor, source_address


def log(*a):
    print(*a, file=sys.stderr, flush=True)


async def saturate(target, marker, concurrency, seconds, sources):
    """Completed connect-paint-quit cycles per second over `seconds`."""
    done, failures, latencies, cipher = 0, collections.Counter(), [], set()
    start = time.perf_counter()
    deadline = start + seconds

    async def loop():
        nonlocal done
        while time.perf_counter() < deadline:
            visitor = Visitor(target["port"], next(sources), marker, target["username"], target["password"])
            try:
                latencies.append(await visitor.open(timeout=30))
                cipher.add(visitor.conn.get_extra_info("send_cipher"))
                await visitor.quit()
                done += 1
            except Failure as failure:
                failures[failure.reason] += 1

    await asyncio.gather(*(loop() for _ in range(concurrency)))
    # Cycles still running at the deadline finish and count: the time runs until the last.
    elapsed = time.perf_counter() - start
    return {"done": done, "elapsed": elapsed, "rate": done / elapsed, "failures": dict(failures),
            "latencies": latencies, "cipher": cipher}


async def settle(pid, timeout=10.0):
    """Waits until the server has no session processes left from the last round."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if not await asyncio.to_thread(procfs.descendants, pid):
            return True
        await asyncio.sleep(0.2)
    return False


async def compare(targets, marker, concurrency, seconds, rounds):
    """Interleaved rounds over `targets` (dicts: label, port, pid, username, password).
    Returns, per label, each round and the total rate (all cycles / all time)."""
    sources = (source_address(i, block=1) for i in itertools.count())
    results = {t["label"]: {"rounds": [], "failures": collections.Counter(), "latencies": []} for t in targets}
    for target in targets:  # warm-up: first-run costs (page cache, sshd's first fork) left out
        await saturate(target, marker, min(4, concurrency), 1.0, sources)
        await settle(target["pid"])
    for r in range(rounds):
        for target in targets:
            log(f"phase 5: round {r + 1}/{rounds}, {target['label']}, {concurrency} loops for {seconds:g} s")
            mark = cpu_mark(target["pid"])
            run = await saturate(target, marker, concurrency, seconds, sources)
            run["cpu"] = cpu_since(mark, target["pid"])
            # The driver's share tells whether the client, not the server, was the limit.
            run["driver_cores"] = run["cpu"]["driver_cpu"] / run["elapsed"]
            run["settled"] = await settle(target["pid"])
            # Once every session's processes are reaped, their CPU is in the server's count:
            # CPU per session is what a server pays for each visitor, whoever the limit was.
            run["server_cpu_per_session"] = ((procfs.sample(target["pid"], memory=False)["cpu"] - mark["server"])
                                             / max(1, run["done"]))
            entry = results[target["label"]]
            entry["rounds"].append(run)
            entry["failures"].update(run.pop("failures"))
            entry["latencies"] += run.pop("latencies")
            entry["cipher"] = ", ".join(sorted(str(c) for c in run.pop("cipher"))) or "?"
    for entry in results.values():
        done = sum(r["done"] for r in entry["rounds"])
        elapsed = sum(r["elapsed"] for r in entry["rounds"])
        entry["rate"] = done / elapsed if elapsed else 0.0
        entry["done"] = done
        entry["failures"] = dict(entry["failures"])
    return results
