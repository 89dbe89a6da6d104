"""A program on a real pseudo-terminal, watched through pyte (a VT100/xterm emulator).

Every wait here is bounded in time: a benchmark must end even when a program hangs.
"""
import fcntl
import os
import select
import signal
import struct
import subprocess
import termios
import time

import pyte

ENV = {
    "PATH": "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
    "TERM": "xterm-256color",
    "LANG": "C.UTF-8",
    "LESSHISTFILE": "-",  # less must not write a history file between runs
}


class Term:
    """`argv` on a new pty of `rows` x `cols`; output is counted and fed to an emulated screen."""

    def __init__(self, argv, rows=24, cols=80, env=None, emulate=True, cwd=None):
        self.rows, self.cols = rows, cols
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.t0 = time.perf_counter()
        self.proc = subprocess.Popen(
            argv, stdin=slave, stdout=slave, stderr=slave, env=env or ENV, cwd=cwd,
            start_new_session=True, close_fds=True,
            preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
        )
        os.close(slave)
        self.fd = master
        self.total = 0  # bytes the program wrote, ever
        self.eof = False
        self.screen = pyte.Screen(cols, rows) if emulate else None
        self.stream = pyte.ByteStream(self.screen) if emulate else None

    # MARK: - Reading

    def _read(self, timeout):
        """Reads what is there within `timeout` s; returns the byte count (0: nothing came)."""
        if self.eof:
            time.sleep(min(timeout, 0.01))
            return 0
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return 0
        try:
            data = os.read(self.fd, 65536)
        except OSError:  # EIO: the program has exited and the slave is closed
            data = b""
        if not data:
            self.eof = True
            return 0
        self.total += len(data)
        self._answer(data)
        if self.stream is not None:
            self.stream.feed(data)
        return len(data)

    # The questions resume-tui asks at start-up, answered as a narrow terminal on a dark
    # background answers them (xterm, VTE, kitty do so within a millisecond). Without
    # answers the program would wait its whole answer timeout, and first paint would
    # measure that wait instead of the program.
    ANSWERS = [
        (b"\x1b[6n", b"\x1b[1;2R"),                          # cursor after one narrow cell
        (b"\x1b]11;?\x1b\\", b"\x1b]11;rgb:1e1e/1e1e/1e1e\x1b\\"),  # background colour
        (b"\x1b[c", b"\x1b[?62;22c"),                        # device attributes: the last
    ]

    def _answer(self, data):
        # A question split over two reads is found in the tail kept from the last one.
        window = getattr(self, "_tail", b"") + data
        for question, answer in self.ANSWERS:
            if question in window and question not in getattr(self, "_tail", b""):
                os.write(self.fd, answer)
        self._tail = window[-16:]

    def text(self):
        return "\n".join(self.screen.display)

    def wait_for(self, predicate, timeout=10.0):
        """Reads until `predicate(self)` holds; returns the seconds since spawn, or None on timeout."""
        deadline = time.perf_counter() + timeout
        while True:
            if predicate(self):
                return time.perf_counter() - self.t0
            now = time.perf_counter()
            if now >= deadline or self.eof:
                return None
            self._read(min(0.05, deadline - now))

    def wait_text(self, needle, timeout=10.0):
        return self.wait_for(lambda t: needle in t.text(), timeout)

    def drain(self, quiet=0.15, timeout=3.0):
        """Reads until nothing has come for `quiet` s; returns the bytes read meanwhile."""
        start = self.total
        deadline = time.perf_counter() + timeout
        last = time.perf_counter()
        while time.perf_counter() < deadline:
            if self._read(0.02):
                last = time.perf_counter()
            elif time.perf_counter() - last >= quiet:
                break
        return self.total - start

    # MARK: - Writing and ending

    def send(self, data):
        if isinstance(data, str):
            data = data.encode()
        view = memoryview(data)
        deadline = time.perf_counter() + 5
        while view and time.perf_counter() < deadline:
            _, ready, _ = select.select([], [self.fd], [], 0.05)
            if ready:
                view = view[os.write(self.fd, view):]
            else:
                self._read(0)  # a program blocked on its output cannot read its input

    def close(self, quit_key=b"q", timeout=3.0):
        """Quits with `quit_key`, then ends the process group if it lingers."""
        if self.proc.poll() is None and quit_key:
            try:
                self.send(quit_key)
            except OSError:
                pass
            deadline = time.perf_counter() + timeout
            while self.proc.poll() is None and time.perf_counter() < deadline:
                self._read(0.02)
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        try:
            self.proc.wait(timeout=3)
        except subprocess.TimeoutExpired:
            pass
        os.close(self.fd)
