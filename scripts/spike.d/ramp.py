"""Phase 1, ramp and hold: new sessions at a steady rate, each held open once painted,
until N are open; then, if that took less than the minimum ramp time, more sessions at
the same rate that open, paint and quit, so the rate is sustained for the whole minute.

Launches follow a schedule (session i at i/R s), not a pool of workers: a slow server
then shows as sessions piling up in flight, not as a politely lower rate.
"""
import asyncio
import collections
import math
import os
import sys
import time

import procfs
from visitor import Failure, Visitor, source_address


def log(*a):
    print(*a, file=sys.stderr, flush=True)


class LoopLag:
    """How late this process wakes from a 50 ms sleep. All clients share one Python
    thread: when the driver itself is the bottleneck, it shows here first."""

    def __init__(self):
        self.samples = []
        self.task = None

    def start(self):
        self.task = asyncio.create_task(self._run())

    async def _run(self):
        while True:
            t = time.perf_counter()
            await asyncio.sleep(0.05)
            self.samples.append(time.perf_counter() - t - 0.05)

    def take(self):
        """The lags since the last take, in seconds."""
        taken, self.samples = self.samples, []
        return taken

    def stop(self):
        if self.task:
            self.task.cancel()


class Ramp:
    def __init__(self, port, marker, sessions, rate, min_seconds, server, timeout=30.0):
        self.port, self.marker, self.sessions, self.rate = port, marker, sessions, rate
        self.server, self.timeout = server, timeout
        # Held sessions first; the rest of the minute churns (open, paint, quit).
        self.launches = max(sessions, math.ceil(rate * min_seconds))
        self.held = []
        self.failures = collections.Counter()
        self.paints = []  # (seconds since the ramp began when painted, connect-to-paint latency)
        self.churned = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self.max_lag = 0.0  # how far the launcher fell behind its schedule
        self.server_died_at = None
        self.timeline = []  # every 10 s: (seconds, painted so far, in flight, failed so far)
        self.start = 0.0

    async def _one(self, index):
        visitor = Visitor(self.port, source_address(index), self.marker)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            latency = await visitor.open(self.timeout)
        except Failure as failure:
            self.failures[failure.reason] += 1
            return
        finally:
            self.in_flight -= 1
        self.paints.append((visitor.painted_at - self.start, latency))
        if index < self.sessions:
            self.held.append(visitor)
            return
        try:
            await visitor.quit()
            self.churned += 1
        except Failure as failure:
            self.failures["churn " + failure.reason] += 1

    async def _progress(self):
        while True:
            await asyncio.sleep(10)
            elapsed = time.perf_counter() - self.start
            failed = sum(self.failures.values())
            self.timeline.append((elapsed, len(self.paints), self.in_flight, failed))
            log(f"  ramp {elapsed:5.0f} s: painted {len(self.paints)}, held {len(self.held)}, "
                f"in flight {self.in_flight}, failed {failed}, load {os.getloadavg()[0]:.1f}")

    async def run(self):
        self.start = time.perf_counter()
        tasks = []
        progress = asyncio.create_task(self._progress())
        for index in range(self.launches):
            due = self.start + index / self.rate
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            else:
                self.max_lag = max(self.max_lag, -delay)
            if not self.server.alive():
                self.server_died_at = time.perf_counter() - self.start
                break
            tasks.append(asyncio.create_task(self._one(index)))
        self.launched_for = time.perf_counter() - self.start
        self.launched = len(tasks)
        await asyncio.gather(*tasks)
        self.finished_for = time.perf_counter() - self.start
        progress.cancel()
        return self

    def summary(self):
        """The figures: opened of N, rate achieved and held, latencies, failures."""
        times = sorted(t for t, _ in self.paints)
        latencies = [x for _, x in self.paints]
        schedule = self.launches / self.rate
        # Paints per second in each 5 s window of the launch schedule; the rate held if
        # every window reached 90% of the target.
        buckets = collections.Counter(int(t) for t in times)
        windows = [sum(buckets[s + k] for k in range(5)) / 5 for s in range(0, max(1, int(schedule) - 4))]
        still_open = sum(1 for v in self.held if v.alive)
        return {
            "target": self.sessions, "rate_target": self.rate, "launched": self.launched,
            "scheduled": self.launches, "opened": len(self.held), "open_at_end": still_open,
            "churned": self.churned, "painted": len(self.paints), "failures": dict(self.failures),
            "achieved_rate": len(times) / times[-1] if times else 0.0,
            "schedule_seconds": schedule, "launched_seconds": self.launched_for,
            "finished_seconds": self.finished_for,
            "worst_window_rate": min(windows) if windows else 0.0,
            "best_window_rate": max(windows) if windows else 0.0,
            "held": bool(windows) and min(windows) >= 0.9 * self.rate and self.max_lag < 1.0,
            "latencies": latencies, "max_in_flight": self.max_in_flight,
            "launcher_max_lag": self.max_lag, "server_died_at": self.server_died_at, "timeline": self.timeline,
        }


async def run_ramp(port, marker, sessions, rate, min_seconds, server):
    ramp = Ramp(port, marker, sessions, rate, min_seconds, server)
    log(f"phase 1: ramp, {sessions} held sessions at {rate:g}/s, {ramp.launches} launches "
        f"over {ramp.launches / rate:.0f} s")
    await ramp.run()
    return ramp.held, ramp.summary()


def percentiles(values):
    """p50, p99, max (seconds) of `values`; None for each if empty."""
    if not values:
        return None, None, None
    ordered = sorted(values)

    def at(p):
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]
    return at(50), at(99), ordered[-1]


def cpu_mark(server_pid):
    """What a phase's CPU is measured from: the machine, every process, the server's
    tree, this driver, and the kernel's count of connections its accept queue dropped."""
    return {"machine": procfs.machine_cpu(), "server": procfs.sample(server_pid, memory=False)["cpu"],
            "driver": procfs.driver_cpu(), "wall": time.perf_counter(), "processes": procfs.cpu_by_process(),
            "listen": procfs.listen_drops()}


def cpu_since(mark, server_pid):
    now = cpu_mark(server_pid)
    wall = now["wall"] - mark["wall"]
    return {"wall": wall, "machine_busy": procfs.busy_fraction(mark["machine"], now["machine"]),
            "split": procfs.cpu_split(mark["machine"], now["machine"]),
            "server_cpu": now["server"] - mark["server"], "driver_cpu": now["driver"] - mark["driver"],
            "top": procfs.top_consumers(mark["processes"], now["processes"], server_pid),
            "listen_overflows": now["listen"][0] - mark["listen"][0],
            "listen_drops": now["listen"][1] - mark["listen"][1]}
