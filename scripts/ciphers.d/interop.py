#!/usr/bin/env python3
"""Loopback interoperability of the server's transport schemes with real clients.

Starts `resume-tui serve` on a random 127.0.0.1 port with a small résumé of its own, then
fetches the plain-text résumé with Dropbear's dbclient, OpenSSH forced to each AES-CTR
cipher and MAC, and paramiko before 3.5 (no AES-GCM), timing each; checks a rekey under
AES-CTR, the negotiated algorithms, and what ssh-audit says about them. Prints a table;
exit status 1 if a check failed.

    python3 scripts/ciphers.d/interop.py --binary PATH --paramiko-python PY --ssh-audit PATH
(scripts/ciphers sets all three up.)
"""
import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROWS = []
MARKER = "Interop Marker 7f3a"
# About 8 KB of plain text, the size of a real résumé; enough for a rekey at RekeyLimit=1K.
RESUME = (f"# {MARKER}\n\nA résumé served over every cipher the server offers.\n\n## Work\n\n"
          + "".join(f"- Line {n}: 한국어 and English, to fill a few hundred packets.\n" for n in range(120)))


def check(section, name, figure, ok, note=""):
    ROWS.append((section, name, str(figure), "ok" if ok else "FAIL", note))
    print(f"  [{'ok' if ok else 'FAIL'}] {section}: {name}: {figure} {note}", flush=True)


def info(section, name, figure, note=""):
    ROWS.append((section, name, str(figure), "info", note))
    print(f"  [info] {section}: {name}: {figure} {note}", flush=True)


class Server:
    """`resume-tui serve` on a random loopback port, limits raised for back-to-back clients."""

    def __init__(self, binary):
        self.dir = tempfile.mkdtemp(prefix="resume-ciphers-")
        with open(os.path.join(self.dir, "resume.md"), "w") as f:
            f.write(RESUME)
        self.log = open(os.path.join(self.dir, "server.log"), "w")
        self.process = subprocess.Popen(
            [binary, "serve", "--host", "127.0.0.1", "--port", "0", "--host-key", self.dir + "/key",
             "--file", self.dir + "/resume.md", "--max-per-address", "100", "--max-rate-per-address", "0"],
            stdout=subprocess.PIPE, stderr=self.log, text=True)
        self.port = 0
        deadline = time.time() + 15
        while time.time() < deadline and not self.port:
            line = self.process.stdout.readline()
            match = re.search(r"listening on 127\.0\.0\.1:(\d+)", line)
            if match:
                self.port = int(match.group(1))
            elif not line and self.process.poll() is not None:
                break
        if not self.port:
            raise RuntimeError("server did not start; see " + self.log.name)

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def client_env():
    # No agent, no X display: the clients must log in with the "none" method alone.
    return {k: v for k, v in os.environ.items() if k not in ("SSH_AUTH_SOCK", "DISPLAY")}


def timed(command, runs):
    """Runs command `runs` times; (all got the résumé, median s, min s, last stderr, last stdout)."""
    times, ok, err, out = [], True, "", ""
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, timeout=30, env=client_env())
        times.append(time.perf_counter() - start)
        out, err = result.stdout.decode(errors="replace"), result.stderr.decode(errors="replace")
        ok = ok and result.returncode == 0 and MARKER in out
    return ok, statistics.median(times), min(times), err, out


def seconds(median, fastest):
    return f"median {median * 1000:.0f} ms (min {fastest * 1000:.0f} ms)"


# --------------------------------------------------------------------------- clients

def section_dbclient(server, runs):
    name = "dbclient"
    if not shutil.which("dbclient"):
        check(name, "dbclient installed", "missing (apt-get install dropbear-bin)", False)
        return
    version = subprocess.run(["dbclient", "-V"], capture_output=True, text=True).stderr.strip().splitlines()[0]
    info(name, "version", version)
    for cipher in (None, "aes128-ctr", "aes256-ctr"):
        # -y -y: accept the unknown host key; Dropbear has no -etm MACs, so hmac-sha2-256 it is.
        command = ["dbclient", "-y", "-y", "-p", str(server.port)]
        if cipher:
            command += ["-c", cipher, "-m", "hmac-sha2-256"]
        ok, median, fastest, err, _ = timed(command + ["127.0.0.1", "plain"], runs)
        label = f"{cipher} hmac-sha2-256" if cipher else "defaults (chacha20 first, not offered)"
        shown = "dbclient -y -y -p PORT" + (f" -c {cipher} -m hmac-sha2-256" if cipher else "") + " 127.0.0.1 plain"
        check(name, f"{shown}: {label}", seconds(median, fastest), ok,
              "" if ok else err[-200:])


def openssh(server, *options):
    return ["ssh", "-p", str(server.port), "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
            "-o", "BatchMode=yes", "-o", "ConnectTimeout=5", *options, "127.0.0.1", "plain"]


def negotiated(stderr):
    match = re.search(r"kex: server->client cipher: (\S+) MAC: (\S+)", stderr)
    return f"{match.group(1)} {match.group(2)}" if match else "?"


def section_openssh(server, runs):
    name = "openssh"
    info(name, "version", subprocess.run(["ssh", "-V"], capture_output=True, text=True).stderr.strip())
    forced = [(c, m) for c in ("aes128-ctr", "aes256-ctr") for m in ("hmac-sha2-256-etm@openssh.com", "hmac-sha2-256")]
    for cipher, mac in forced:
        ok, median, fastest, err, _ = timed(openssh(server, "-v", "-o", f"Ciphers={cipher}", "-o", f"MACs={mac}"), runs)
        got = negotiated(err)
        check(name, f"ssh -o Ciphers={cipher} -o MACs={mac}", seconds(median, fastest),
              ok and got.split() == [cipher, mac], f"negotiated {got}")
    # What an unconfigured OpenSSH picks now, and AES-GCM forced, for comparison.
    for label, options in (("defaults", ()), ("Ciphers=aes128-gcm@openssh.com", ("-o", "Ciphers=aes128-gcm@openssh.com"))):
        ok, median, fastest, err, _ = timed(openssh(server, "-v", *options), runs)
        check(name, f"ssh {label}", seconds(median, fastest), ok, f"negotiated {negotiated(err)}")
    # A rekey after the first kilobyte. swift-nio-ssh makes a new scheme instance for each
    # key exchange, so this checks that keys and counters start afresh mid-stream.
    # (OpenSSH checks its limit as it sends; a client that only reads rekeys once.)
    _, _, _, _, plain = timed(openssh(server), 1)
    for cipher, mac in (("aes128-ctr", "hmac-sha2-256-etm@openssh.com"), ("aes256-ctr", "hmac-sha2-256")):
        ok, _, _, err, out = timed(openssh(server, "-v", "-o", "RekeyLimit=1K", "-o", f"Ciphers={cipher}",
                                           "-o", f"MACs={mac}"), 1)
        rekeys = err.count("SSH2_MSG_KEXINIT sent") - 1
        check(name, f"RekeyLimit=1K with {cipher} {mac}: rekeys / bytes (same as without)",
              f"{rekeys} / {len(out.encode())} ({len(plain.encode())})", ok and rekeys >= 1 and out == plain)
    result = subprocess.run(openssh(server, "-o", "Ciphers=chacha20-poly1305@openssh.com"), capture_output=True,
                            text=True, timeout=30, env=client_env(), stdin=subprocess.DEVNULL)
    # swift-nio-ssh closes as soon as negotiation fails; OpenSSH prints "no matching cipher"
    # if it read our KEXINIT before the close, else "Connection closed".
    check(name, "chacha20-poly1305 alone is refused (not offered)", result.stderr.strip()[-110:],
          result.returncode != 0 and ("no matching cipher" in result.stderr or "Connection closed" in result.stderr))


PARAMIKO_CLIENT = r"""
import json, sys, time, paramiko
port, ciphers, macs, runs, marker = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
times, ok, got = [], True, ""
for _ in range(runs):
    start = time.perf_counter()
    transport = paramiko.Transport(("127.0.0.1", port))
    options = transport.get_security_options()
    if ciphers != "-":
        options.ciphers = tuple(ciphers.split(","))
    if macs != "-":
        options.digests = tuple(macs.split(","))
    transport.start_client(timeout=10)
    transport.auth_none("plain")  # SSHClient.connect() never tries "none"
    channel = transport.open_session()
    channel.exec_command("")
    data = b""
    while True:
        chunk = channel.recv(65536)
        if not chunk:
            break
        data += chunk
    ok = ok and channel.recv_exit_status() == 0 and marker.encode() in data
    got = f"{transport.remote_cipher} {transport.remote_mac}"
    transport.close()
    times.append(time.perf_counter() - start)
print(json.dumps({"version": paramiko.__version__, "ok": ok, "times": times, "negotiated": got}))
"""


def section_paramiko(server, python, runs):
    name = "paramiko"
    if not python:
        check(name, "a Python with paramiko < 3.5", "none given (--paramiko-python)", False)
        return
    for ciphers, macs in (("-", "-"), ("aes256-ctr", "hmac-sha2-256-etm@openssh.com"),
                          ("aes128-ctr", "hmac-sha2-256-etm@openssh.com")):
        result = subprocess.run([python, "-c", PARAMIKO_CLIENT, str(server.port), ciphers, macs, str(runs), MARKER],
                                capture_output=True, text=True, timeout=120)
        try:
            report = json.loads(result.stdout)
        except json.JSONDecodeError:
            check(name, f"ciphers {ciphers} macs {macs}", result.stderr.strip()[-200:], False)
            continue
        label = "defaults" if ciphers == "-" else f"ciphers=({ciphers}) digests=({macs})"
        old_enough = tuple(int(p) for p in report["version"].split(".")[:2]) < (3, 5)
        check(name, f"paramiko {report['version']} Transport.auth_none, {label}",
              seconds(statistics.median(report["times"]), min(report["times"])), report["ok"] and old_enough,
              f"negotiated {report['negotiated']}" + ("" if old_enough else " (not < 3.5: has AES-GCM)"))


def section_audit(server, ssh_audit):
    name = "ssh-audit"
    if not ssh_audit:
        check(name, "ssh-audit", "none given (--ssh-audit)", False)
        return
    result = subprocess.run([ssh_audit, "-j", "--skip-rate-test", "-p", str(server.port), "127.0.0.1"],
                            capture_output=True, text=True, timeout=60)
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        check(name, "ran", (result.stdout + result.stderr)[-300:], False)
        return
    ours = ("aes128-ctr", "aes256-ctr", "hmac-sha2-256-etm@openssh.com", "hmac-sha2-256")
    seen = set()
    for kind in ("enc", "mac"):
        for entry in report.get(kind, []):
            algorithm = entry.get("algorithm")
            if algorithm in seen:
                continue
            seen.add(algorithm)
            notes = entry.get("notes", {})
            flags = [f"{level}: {'; '.join(notes[level])}" for level in ("fail", "warn") if notes.get(level)]
            if algorithm in ours:
                # hmac-sha2-256 (encrypt-and-MAC) is a warning we take for Dropbear 2022.83.
                allowed = algorithm == "hmac-sha2-256" and not notes.get("fail")
                check(name, f"{kind} {algorithm}", " / ".join(flags) or "no finding", not flags or allowed)
            elif flags:
                info(name, f"{kind} {algorithm}", " / ".join(flags))
    cves = report.get("cves", [])
    check(name, "CVEs (Terrapin needs chacha20-poly1305, or CBC with -etm)", len(cves) or "none", not cves,
          ", ".join(c.get("name", "?") for c in cves))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--paramiko-python", help="a python3 whose paramiko is older than 3.5")
    parser.add_argument("--ssh-audit", help="the ssh-audit program")
    parser.add_argument("--runs", type=int, default=5, help="connections per timed row")
    args = parser.parse_args()
    server = Server(args.binary)
    try:
        section_dbclient(server, args.runs)
        section_openssh(server, args.runs)
        section_paramiko(server, args.paramiko_python, args.runs)
        section_audit(server, args.ssh_audit)
        alive = server.process.poll() is None
        check("server", "still running after every client", alive, alive)
    finally:
        server.stop()
    width = max(len(r[1]) for r in ROWS)
    print()
    for section, name, figure, verdict, note in ROWS:
        print(f"{verdict:4}  {section:9}  {name:{width}}  {figure}  {note}")
    failed = [r for r in ROWS if r[3] == "FAIL"]
    print(f"\n{len(ROWS) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
