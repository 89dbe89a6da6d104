"""Phases 2-4, with every session held open: keystrokes to random sessions, the memory
of the idle tree, and everyone leaving at once."""
import asyncio
import collections
import random
import sys
import time

import procfs
from visitor import Failure


def log(*a):
    print(*a, file=sys.stderr, flush=True)


async def keystrokes(visitors, rate, seconds):
    """Keys to randomly chosen open sessions at `rate` a second in total, for `seconds`.
    Each key changes the page ("2", then "1"), so each gets a repaint; a session still
    repainting from its last key is skipped rather than queued behind it."""
    log(f"phase 2: keystrokes, {rate:g}/s to random sessions of {len(visitors)} for {seconds:g} s")
    latencies, failures = [], collections.Counter()
    busy, pending = set(), set()
    skipped = 0
    candidates = [v for v in visitors if v.alive]
    if not candidates:
        return {"sent": 0, "latencies": [], "failures": {}, "skipped": 0, "seconds": 0.0}

    async def press(visitor):
        try:
            latencies.append(await visitor.key())
        except Failure as failure:
            failures[failure.reason] += 1
        finally:
            busy.discard(visitor)

    start = time.perf_counter()
    sent = 0
    index = 0
    while True:
        due = start + index / rate
        if due >= start + seconds:
            break
        index += 1
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        visitor = random.choice(candidates)
        if visitor in busy or not visitor.alive:
            skipped += 1
            continue
        busy.add(visitor)
        sent += 1
        task = asyncio.create_task(press(visitor))
        pending.add(task)
        task.add_done_callback(pending.discard)
    await asyncio.gather(*list(pending))
    return {"sent": sent, "latencies": latencies, "failures": dict(failures), "skipped": skipped,
            "seconds": time.perf_counter() - start}


async def memory(server_pid, baseline, open_sessions, settle=3.0):
    """PSS of the server and every descendant with all sessions open and idle, less the
    server alone before the run, per session; with descriptors, ptys and threads."""
    log(f"phase 3: memory, {open_sessions} sessions idle for {settle:g} s, then PSS of the tree")
    await asyncio.sleep(settle)
    # Thousands of smaps_rollup reads take a while: in a thread, so the clients keep
    # answering the server (keepalives) meanwhile.
    now = await asyncio.to_thread(procfs.sample, server_pid)
    children = max(1, now["processes"])
    return {**now, "open_sessions": open_sessions,
            "marginal_kib": (now["pss"] - baseline["pss"]) / children,
            "child_kib": now["children_pss"] / children,
            "server_growth_kib": now["server_anon"] - baseline["server_anon"]}


async def leave(visitors, server_pid, baseline, limit=60.0):
    """Every client drops its connection at once; seconds until the server is back to its
    baseline: no children, its descriptors and pty masters as before, and its anonymous
    memory (heap and stacks) within 16 MiB of what it was. Not its PSS: the pages of the
    binary that the children shared become the server's own again as they leave, and
    stay mapped, clean, in the page cache."""
    log(f"phase 4: leave, {len(visitors)} connections dropped at once")
    start = time.perf_counter()
    for visitor in visitors:
        visitor.abort()
    aborted_in = time.perf_counter() - start
    back = {}
    last = None
    while time.perf_counter() - start < limit and len(back) < 3:
        last = await asyncio.to_thread(procfs.counts, server_pid)
        elapsed = time.perf_counter() - start
        for key in ("processes", "fds", "ptys"):
            if key not in back and 0 <= last[key] <= baseline[key]:
                back[key] = elapsed
        await asyncio.sleep(0.1)
    tolerance = 16 * 1024
    anon = None
    while time.perf_counter() - start < limit:
        anon = procfs.anonymous_kib(server_pid)
        if anon <= baseline["server_anon"] + tolerance:
            back["memory"] = time.perf_counter() - start
            break
        await asyncio.sleep(0.5)
    final = await asyncio.to_thread(procfs.sample, server_pid)
    return {"back": back, "aborted_in": aborted_in, "limit": limit, "last": last, "final": final,
            "memory_tolerance_kib": tolerance, "memory_when_checked": anon}
