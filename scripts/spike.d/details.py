"""The run's details under the table: limits obtained, where the time and the CPU went,
and what the server's log says. Evidence for whatever bounded a missed figure."""
import re

from ramp import percentiles
from report import MIB, latency_text, ms, reasons


def _lag(samples):
    p50, p99, top = percentiles(samples)
    return f"p99 {ms(p99)} ms, max {ms(top)} ms" if samples else "–"


def _cpu(cpu):
    split = cpu["split"]
    top = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in cpu["top"])
    return (f"machine {cpu['machine_busy'] * 100:.0f}% busy (user {split['user'] * 100:.0f}%, system "
            f"{split['system'] * 100:.0f}%, softirq {split['softirq'] * 100:.0f}%, steal {split['steal'] * 100:.0f}%) "
            f"over {cpu['wall']:.0f} s; server tree {cpu['server_cpu']:.1f} s CPU, driver {cpu['driver_cpu']:.1f} s "
            f"({cpu['driver_cpu'] / cpu['wall'] * 100:.0f}% of one core); CPU by process: {top}; connections "
            f"dropped by the kernel with the accept queue full: {cpu['listen_overflows']} "
            f"(ListenOverflows), {cpu['listen_drops']} (ListenDrops)")


def lines(r):
    m, end = r["machine"], r.get("machine_end", r["machine"])
    out = [
        f"Machine: {m['cores']} cores ({m['cpu']}), {m['ram_gib']:.1f} GiB, Linux {m['kernel']}; load average "
        f"{' '.join(f'{x:.2f}' for x in m['load'])} at the start, {' '.join(f'{x:.2f}' for x in end['load'])} at "
        f"the end.",
        f"Limits: open files {m['nofile'][0]} (hard {m['nofile'][1]}) for the driver and the server "
        f"({r.get('server_open_files') or 'server did not say'}); kernel.pty.max {m['pty_max']} "
        f"(ptys in use machine-wide at the start {m['pty_nr']}, with all sessions held {r.get('pty_nr_held', '?')}, "
        f"reserve {m['pty_reserve']}); pid_max {m['pid_max']}; threads-max {m['threads_max']}; "
        f"max user processes {m['nproc']}; running as {'root' if m['root'] else 'a user'}.",
    ]
    room = re.search(r"room for about (\d+) sessions", r.get("server_open_files", ""))
    if room and int(room.group(1)) < r["args"]["sessions"]:
        out.append(f"The server's open-file limit leaves room for about {room.group(1)} sessions (four descriptors "
                   f"each), fewer than the {r['args']['sessions']} asked for: that limit bounds this run.")
    if r.get("limits_note"):
        out.append(f"Set up by the wrapper: {r['limits_note']}")
    out.append(f"Server: `{r.get('server_argv', '?')}`; its accept queue holds {r.get('backlog') or '?'} "
               f"connections (net.core.somaxconn {m.get('somaxconn', '?')}); stopped with SIGTERM, exit status "
               f"{r.get('server_status', '?')}.")
    ramp = r.get("ramp")
    if ramp:
        out.append(f"Ramp: {ramp['launched']} of {ramp['scheduled']} scheduled sessions launched in "
                   f"{ramp['launched_seconds']:.1f} s (the schedule: {ramp['schedule_seconds']:.0f} s), all done "
                   f"{ramp['finished_seconds']:.1f} s after the first; at most {ramp['max_in_flight']} in flight "
                   f"(connecting, not yet painted); 5 s windows of paints: worst {ramp['worst_window_rate']:.1f}/s, "
                   f"best {ramp['best_window_rate']:.1f}/s. Painted = the name in the output and then 100 ms "
                   f"without output; latency is to that last byte, from before the TCP connect.")
        if ramp["timeline"]:
            out.append("Ramp, every 10 s (seconds: painted so far / in flight / failed so far): " +
                       ", ".join(f"{t:.0f}: {p} / {f} / {x}" for t, p, f, x in ramp["timeline"]) + ".")
        if ramp["failures"]:
            out.append("Ramp failures: " + reasons(ramp["failures"], limit=10) + ".")
        if ramp["server_died_at"] is not None:
            out.append(f"The server died {ramp['server_died_at']:.1f} s into the ramp.")
    for phase, label in (("ramp_cpu", "CPU during the ramp"), ("keys_cpu", "CPU during the keystrokes")):
        if r.get(phase):
            out.append(f"{label}: {_cpu(r[phase])}.")
    lag = r.get("lag", {})
    if lag:
        out.append("The driver's event loop, late to wake from a 50 ms sleep (its own saturation): " +
                   "; ".join(f"{phase} {_lag(samples)}" for phase, samples in lag.items()) + ".")
    keys = r.get("keys")
    if keys:
        out.append(f"Keys: {keys['sent']} sent (alternately \"2\" and \"1\": each repaints the page), "
                   f"{keys['skipped']} draws skipped because that session was still repainting; "
                   f"{latency_text(keys['latencies'])}.")
    mem = r.get("memory")
    if mem:
        base = r["baseline"]
        out.append(f"Memory with {mem['open_sessions']} sessions idle: children {mem['children_pss'] / MIB:.0f} MiB "
                   f"PSS ({mem['child_kib'] / 1024:.2f} MiB each); the server {mem['server_pss'] / MIB:.1f} MiB PSS "
                   f"(its binary's pages now shared with the children), its anonymous memory "
                   f"{mem['server_anon'] / MIB:.1f} MiB against {base['server_anon'] / MIB:.1f} MiB alone, "
                   f"{mem['server_growth_kib'] / max(1, mem['processes']):.0f} KiB per session; server fds "
                   f"{mem['fds']} (baseline {base['fds']}), of them pty masters {mem['ptys']} (the relay holds "
                   f"each session's master twice), threads {mem['threads']}.")
    leave = r.get("leave")
    if leave:
        back = leave["back"]
        out.append(f"Leave: {leave['aborted_in']:.2f} s to drop every connection from the driver; back to "
                   f"baseline: " + ", ".join(f"{k} after {v:.1f} s" for k, v in back.items()) +
                   f"; memory counted back when the server's heap (anonymous memory) is within "
                   f"{leave['memory_tolerance_kib'] / MIB:.0f} MiB of its baseline "
                   f"({r['baseline']['server_anon'] / MIB:.1f} MiB); at the last check "
                   f"{leave['final']['server_anon'] / MIB:.1f} MiB heap, {leave['final']['pss'] / MIB:.1f} MiB PSS "
                   f"(the binary's pages the children shared stay mapped, clean).")
    log = r.get("server_log")
    if log:
        out.append("Server log: " + ", ".join(f"{n} {level}" for level, n in sorted(log["levels"].items())) +
                   " lines; sessions ended: " + reasons(log["ended"], limit=6) +
                   f"; refusals: {reasons(log['refused'], limit=6)}; `server stopped` says refused: "
                   f"{log['stopped'] or 'no such line'}.")
        for line in log["problems"][:5]:
            out.append(f"Server log line: `{line}`")
        if len(log["problems"]) > 5:
            out.append(f"... and {len(log['problems']) - 5} more warning/error lines.")
    peers = r.get("peers")
    if peers:
        for label, entry in peers.items():
            rounds = "; ".join(f"{x['done']} in {x['elapsed']:.1f} s = {x['rate']:.1f}/s (machine "
                               f"{x['cpu']['machine_busy'] * 100:.0f}% busy, driver {x['driver_cores']:.2f} cores, "
                               f"server {x['server_cpu_per_session'] * 1000:.0f} ms CPU per session)"
                               for x in entry["rounds"])
            out.append(f"{label} ({entry.get('cipher', '?')}): {rounds}; connect to paint "
                       f"{latency_text(entry['latencies'])}; failures {reasons(entry['failures'])}.")
            if entry["rounds"]:
                out.append(f"{label}, CPU in its last round: {_cpu(entry['rounds'][-1]['cpu'])}.")
        args = r["args"]
        out.append(f"Peer comparison: {args['peer_concurrency']} loops of connect, paint, `q`, close, "
                   f"{args['peer_rounds']} rounds of {args['peer_seconds']:g} s per server, alternating, after "
                   f"a 1 s warm-up each; sshd is OpenSSH's, with ForceCommand running the same binary and "
                   f"résumé (scripts/bench.d/servers.py's configuration), MaxStartups 1000.")
        # The readiness probe of servers.py connects and leaves without a word: not news.
        sshd_log = [l for l in r.get("sshd_log", "").splitlines()
                    if l.strip() and "kex_exchange_identification" not in l]
        if sshd_log:
            out.append(f"sshd log: {len(sshd_log)} lines, e.g. `{sshd_log[0][:160]}`")
    end_state = r.get("server_end")
    if end_state:
        out.append(f"Server at the end, before SIGTERM: {end_state['processes']} children, {end_state['fds']} fds, "
                   f"{end_state['pss'] / MIB:.1f} MiB PSS, anonymous memory {end_state['server_anon'] / MIB:.1f} MiB "
                   f"(alone before the run {r['baseline']['server_anon'] / MIB:.1f} MiB).")
    out.append(f"Driver: {r.get('driver_cpu', 0):.0f} s CPU in {r.get('seconds', 0):.0f} s of run.")
    if r.get("broke"):
        out.append(f"The run broke: {r['broke']}.")
    return out
