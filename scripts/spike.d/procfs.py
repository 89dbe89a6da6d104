"""What /proc says about the server's process tree and the machine.

One scan of /proc per sample: with thousands of children, walking it once per figure
would cost seconds of the driver's only core.
"""
import os
import platform
import re
import resource
import sys

sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench.d"))
import servers  # noqa: E402  (scripts/bench.d/servers.py: proc_stats)

TICK = os.sysconf("SC_CLK_TCK")


def _stat_fields(pid):
    """Fields of /proc/PID/stat after the command name (which may hold spaces)."""
    with open(f"/proc/{pid}/stat") as f:
        stat = f.read()
    return stat[stat.rfind(")") + 2:].split()


def descendants(pid):
    """Every process below `pid`, from one pass over /proc."""
    kids = servers._children()
    found, todo = [], list(kids.get(pid, []))
    while todo:
        p = todo.pop()
        found.append(p)
        todo += kids.get(p, [])
    return found


def fds_and_ptys(pid):
    """Open descriptors of `pid`, and how many of them are pty masters."""
    fds = ptys = 0
    try:
        names = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return -1, -1
    for name in names:
        fds += 1
        try:
            if os.readlink(f"/proc/{pid}/fd/{name}") in ("/dev/ptmx", "/dev/pts/ptmx"):
                ptys += 1
        except OSError:
            pass
    return fds, ptys


def _rollup_kib(pid, field):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            m = re.search(rf"^{field}:\s+(\d+) kB", f.read(), re.M)
        return int(m.group(1)) if m else 0
    except OSError:
        return 0


def pss_kib(pid):
    return _rollup_kib(pid, "Pss")


def anonymous_kib(pid):
    """Anonymous memory of `pid` (its heap and stacks): what the server itself grows by.
    PSS and even private memory hide that, because the binary's pages it had to itself
    become shared once the children map the same file."""
    return _rollup_kib(pid, "Anonymous")


def threads(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            m = re.search(r"^Threads:\s+(\d+)", f.read(), re.M)
        return int(m.group(1)) if m else 0
    except OSError:
        return 0


def cpu_seconds(pid, reaped=True):
    """User + system CPU of `pid`, with its reaped children's when `reaped`."""
    try:
        f = _stat_fields(pid)
    except OSError:
        return 0.0
    ticks = int(f[11]) + int(f[12]) + (int(f[13]) + int(f[14]) if reaped else 0)
    return ticks / TICK


def counts(pid):
    """The cheap figures, for polling: children, descriptors, pty masters."""
    fds, ptys = fds_and_ptys(pid)
    return {"processes": len(descendants(pid)), "fds": fds, "ptys": ptys}


def sample(pid, memory=True):
    """The server and its tree: children, fds, ptys, threads, PSS (KiB), CPU seconds."""
    kids = descendants(pid)
    fds, ptys = fds_and_ptys(pid)
    out = {"processes": len(kids), "fds": fds, "ptys": ptys, "threads": threads(pid),
           # the server's own CPU and its reaped children's, plus each process still running
           # with the children it reaped (the session starter reaps the middle process of
           # each double fork): every CPU second of the tree once
           "cpu": cpu_seconds(pid) + sum(cpu_seconds(k) for k in kids)}
    if memory:
        out["server_pss"] = pss_kib(pid)
        out["server_anon"] = anonymous_kib(pid)
        out["children_pss"] = sum(pss_kib(k) for k in kids)
        out["pss"] = out["server_pss"] + out["children_pss"]
        out["child_threads"] = sum(threads(k) for k in kids)
    return out


def machine_cpu():
    """The first line of /proc/stat: jiffies of all CPUs since boot, by kind."""
    with open("/proc/stat") as f:
        values = [int(v) for v in f.readline().split()[1:]]
    return values


def busy_fraction(before, after):
    delta = [a - b for a, b in zip(after, before)]
    total = sum(delta[:8])
    idle = delta[3] + delta[4]  # idle + iowait
    return (total - idle) / total if total else 0.0


def cpu_split(before, after):
    """Shares of all CPU time: user (with nice), system, softirq (+irq), steal, idle."""
    d = [a - b for a, b in zip(after, before)]
    total = sum(d[:8]) or 1
    return {"user": (d[0] + d[1]) / total, "system": d[2] / total, "softirq": (d[5] + d[6]) / total,
            "steal": d[7] / total if len(d) > 7 else 0.0, "idle": (d[3] + d[4]) / total}


def cpu_by_process():
    """{pid: (name, CPU seconds of it and of its reaped children)} for every process now.
    Summed over live processes this counts each CPU second once: a process that ended
    was counted in whichever ancestor reaped it (init for orphans)."""
    out = {}
    for pid, stat in servers.proc_stats():
        name = stat[stat.find("(") + 1:stat.rfind(")")]
        f = stat[stat.rfind(")") + 2:].split()
        out[pid] = (name, sum(int(x) for x in f[11:15]) / TICK, int(f[1]))
    return out


def top_consumers(before, after, server_pid, limit=6):
    """Who used the CPU between two `cpu_by_process` snapshots: the server's tree, this
    driver, then other processes grouped by name (kernel workers by kind)."""
    me = os.getpid()
    tree = set()
    frontier = [server_pid]
    kids = {}
    for pid, (_, _, ppid) in after.items():
        kids.setdefault(ppid, []).append(pid)
    while frontier:
        p = frontier.pop()
        tree.add(p)
        frontier += kids.get(p, [])
    spent = {}
    for pid, (name, seconds, _) in after.items():
        earlier = before.get(pid)
        spent[pid] = seconds - (earlier[1] if earlier and earlier[0] == name else 0.0)
    # A process that ended in the window landed in its parent's reaped total whole, with
    # the CPU it had used before the window: take that part back out.
    for pid, (_, seconds, ppid) in before.items():
        if pid not in after and ppid in spent:
            spent[ppid] -= seconds
    groups = {}
    for pid, (name, _, _) in after.items():
        if pid in tree:
            label = "the server under test and its sessions"
        elif pid == me:
            label = "this driver (python3)"
        else:
            label = name.split("/")[0]
        groups[label] = groups.get(label, 0.0) + spent[pid]
    return sorted(groups.items(), key=lambda kv: -kv[1])[:limit]


def listen_drops():
    """TcpExt ListenOverflows + ListenDrops: connections the kernel dropped because a
    listener's accept queue was full (the server not accepting fast enough)."""
    try:
        with open("/proc/net/netstat") as f:
            lines = f.read().splitlines()
    except OSError:
        return 0, 0
    for names, values in zip(lines[::2], lines[1::2]):
        if names.startswith("TcpExt:"):
            table = dict(zip(names.split()[1:], (int(v) for v in values.split()[1:])))
            return table.get("ListenOverflows", 0), table.get("ListenDrops", 0)
    return 0, 0


def driver_cpu():
    """This process's own CPU seconds (user + system): the client is one Python process."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _read(path):
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return "?"


def machine():
    """The machine and the limits this run got."""
    meminfo = _read("/proc/meminfo")
    total = re.search(r"MemTotal:\s+(\d+)", meminfo)
    model = re.search(r"model name\s*:\s*(.+)", _read("/proc/cpuinfo"))
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    nproc = resource.getrlimit(resource.RLIMIT_NPROC)[0]
    return {
        "cores": os.cpu_count(),
        "cpu": model.group(1).strip() if model else "?",
        "ram_gib": int(total.group(1)) / 1024 / 1024 if total else 0,
        "kernel": platform.release(),
        "load": os.getloadavg(),
        "nofile": (soft, hard),
        "nproc": "unlimited" if nproc == resource.RLIM_INFINITY else nproc,
        "pty_max": _read("/proc/sys/kernel/pty/max"),
        "pty_nr": _read("/proc/sys/kernel/pty/nr"),
        "pty_reserve": _read("/proc/sys/kernel/pty/reserve"),
        "pid_max": _read("/proc/sys/kernel/pid_max"),
        "threads_max": _read("/proc/sys/kernel/threads-max"),
        "somaxconn": _read("/proc/sys/net/core/somaxconn"),
        "root": os.geteuid() == 0,
    }
