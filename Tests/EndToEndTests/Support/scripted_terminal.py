#!/usr/bin/env python3
"""A scripted terminal for the end-to-end tests: a pyte screen on a real pty.

It runs a command on a pty of a given size, feeds what the command writes into a pyte
Screen, and answers the questions a real terminal answers (cursor position, device
attributes, and, unlike pyte, the background colour). It can emulate a terminal that
draws East Asian Ambiguous characters two cells wide (xterm -cjk_width, PuTTY's CJK
option), and it watches for what goes wrong on such terminals: a row that wraps, a
screen that scrolls, the last cell of the last row written.

The test gives it a JSON document on stdin:

    {"command": ["resume-tui", "--file", "..."], "env": {"TERM": "xterm-256color"},
     "unset": ["NO_COLOR"], "columns": 80, "lines": 24, "ambiguous": "wide",
     "answers": {"cursor": true, "device": true,
                 "background": "ffff/ffff/ffff", "background_delay_ms": 0},
     "steps": [{"wait": {"footer": "^ About  1-"}}, {"snapshot": "about"},
               {"send": "l"}, ...]}

and reads one JSON document on stdout: whether every step passed, the snapshots taken
(rows as text, style runs, the ambiguous characters on screen, the last cell), how long
each wait took, and what happened over the whole run (scrolls, wraps, questions asked).

Steps:
  {"wait": CONDITION, "timeout": S, "quiet_ms": MS}  until CONDITION holds on a screen
      the program has stopped writing to for MS (default 60) ms; fails after S seconds.
      CONDITION: {"footer": REGEX} (the last row), {"text": SUBSTRING},
      {"row": [N, REGEX]}, {"equals": SNAPSHOT} (every row as in that snapshot).
  {"send": TEXT}                  written to the program as typed (escapes included).
  {"snapshot": NAME}              records the screen under NAME, and the bytes written so far.
  {"resize": [COLUMNS, LINES]}    the screen and the pty (TIOCSWINSZ: SIGWINCH).
  {"scribble": {"row": N, "text": T}}  overwrites cells of pyte's screen directly, as
      junk from elsewhere would, without the program knowing.
  {"wait_answer": "background", "timeout": S}  until the delayed OSC 11 answer is sent.

The screen itself, and what it watches for, is `scripted_screen.py`.
"""

import errno
import fcntl
import json
import os
import re
import select
import signal
import struct
import sys
import termios
import time

import pyte.screens

from scripted_screen import ScriptedScreen, ScriptedStream, make_width

START = time.monotonic()


def elapsed_ms():
    return int((time.monotonic() - START) * 1000)


# MARK: - The terminal

OSC11_QUERY = b"\x1b]11;?"


class Terminal:
    def __init__(self, spec):
        self.columns = spec.get("columns", 80)
        self.lines = spec.get("lines", 24)
        self.answers = spec.get("answers", {})
        self.pending = []       # (due, bytes, label): answers sent late
        self.sent = {}          # label -> ms when sent
        self.held = b""         # the start of a possible OSC 11 query, cut off by a read
        self.background_queries = 0
        self.output_bytes = 0
        self.last_output = time.monotonic()
        self.exited = False
        width = make_width(spec.get("ambiguous", "narrow") == "wide")
        pyte.screens.wcwidth = width  # pyte's draw measures with this name
        self.screen = ScriptedScreen(self.columns, self.lines, width, self.answers, self.write)
        self.stream = ScriptedStream(self.screen)
        self.spawn(spec["command"], spec.get("env", {}), spec.get("unset", []))

    def spawn(self, command, env, unset):
        environment = dict(os.environ)
        for name in unset:
            environment.pop(name, None)
        environment.update(env)
        pid, fd = os.forkpty()
        if pid == 0:
            try:
                fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack("HHHH", self.lines, self.columns, 0, 0))
                os.execvpe(command[0], command, environment)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        os.set_blocking(fd, False)

    def write(self, data):
        view = memoryview(data)
        deadline = time.monotonic() + 5
        while view and time.monotonic() < deadline:
            try:
                n = os.write(self.fd, view)
                view = view[n:]
            except BlockingIOError:
                select.select([], [self.fd], [], 0.05)
            except OSError:
                return

    # Output: fed to pyte, with the OSC 11 query answered in its place in the stream
    # (terminals answer in order, and the program stops reading at the DA1 answer).
    def feed(self, data):
        data = self.held + data
        self.held = b""
        while data:
            start = data.find(OSC11_QUERY)
            if start < 0:
                keep = self.partial_prefix(data)
                self.stream.feed(data[:len(data) - keep])
                self.held = data[len(data) - keep:]
                return
            end = self.string_end(data, start + len(OSC11_QUERY))
            if end is None:
                self.stream.feed(data[:start])
                self.held = data[start:]
                return
            self.stream.feed(data[:end])
            self.background_query()
            data = data[end:]

    @staticmethod
    def partial_prefix(data):
        for keep in range(min(len(OSC11_QUERY) - 1, len(data)), 0, -1):
            if OSC11_QUERY.startswith(data[-keep:]):
                return keep
        return 0

    @staticmethod
    def string_end(data, index):
        while index < len(data):
            if data[index] == 0x07:
                return index + 1
            if data[index] == 0x1B and index + 1 < len(data) and data[index + 1] == 0x5C:
                return index + 2
            index += 1
        return None

    def background_query(self):
        self.background_queries += 1
        colour = self.answers.get("background")
        if not colour:
            return
        reply = b"\x1b]11;rgb:" + colour.encode() + b"\x1b\\"
        delay = self.answers.get("background_delay_ms", 0)
        if delay > 0:
            self.pending.append((time.monotonic() + delay / 1000, reply, "background"))
        else:
            self.write(reply)
            self.sent["background"] = elapsed_ms()

    def pump(self, timeout):
        """Reads output for up to `timeout` seconds (returns sooner after some output)."""
        now = time.monotonic()
        for item in list(self.pending):
            if item[0] <= now:
                self.write(item[1])
                self.sent[item[2]] = elapsed_ms()
                self.pending.remove(item)
        if self.pending:
            timeout = max(0, min(timeout, min(item[0] for item in self.pending) - now))
        if self.exited:
            time.sleep(timeout)
            return
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return
        while True:
            try:
                chunk = os.read(self.fd, 65536)
            except BlockingIOError:
                return
            except OSError as error:
                if error.errno == errno.EIO:  # the program ended (Linux gives EIO, not EOF)
                    self.exited = True
                    return
                raise
            if not chunk:
                self.exited = True
                return
            self.output_bytes += len(chunk)
            self.last_output = time.monotonic()
            self.feed(chunk)

    def resize(self, columns, lines):
        self.screen.resize(lines, columns)
        self.columns, self.lines = columns, lines
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))

    def close(self):
        """Ends the program: SIGTERM, then SIGKILL if it is still there 2 s later."""
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                break
            if self.reaped(within=2.0):
                break
        try:
            os.close(self.fd)
        except OSError:
            pass

    def reaped(self, within):
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            try:
                if os.waitpid(self.pid, os.WNOHANG)[0] == self.pid:
                    return True
            except ChildProcessError:
                return True
            # Keep the pty drained so the program is never blocked on a write.
            self.pump(0.02)
        return False


# MARK: - Steps

def holds(condition, screen, snapshots):
    footer = screen.row_text(screen.lines - 1)
    if "footer" in condition:
        return re.search(condition["footer"], footer) is not None
    if "text" in condition:
        return any(condition["text"] in screen.row_text(y) for y in range(screen.lines))
    if "row" in condition:
        y, pattern = condition["row"]
        return 0 <= y < screen.lines and re.search(pattern, screen.row_text(y)) is not None
    if "equals" in condition:
        wanted = snapshots[condition["equals"]]
        return (wanted["lines"] == screen.lines and wanted["columns"] == screen.columns
                and all(screen.row_text(y) == wanted["rows"][y] for y in range(screen.lines)))
    raise ValueError("unknown condition %r" % condition)


def run(spec):
    terminal = Terminal(spec)
    snapshots, waits = {}, []
    result = {"ok": True, "error": None, "failed_step": None}
    try:
        for number, step in enumerate(spec.get("steps", [])):
            if "wait" in step:
                condition = step["wait"]
                quiet = step.get("quiet_ms", 60) / 1000
                started = time.monotonic()
                deadline = started + step.get("timeout", 10)
                while True:
                    terminal.pump(0.02)
                    settled = time.monotonic() - terminal.last_output >= quiet
                    if settled and holds(condition, terminal.screen, snapshots):
                        waits.append({"step": number, "ms": int((time.monotonic() - started) * 1000),
                                      "at_ms": elapsed_ms()})
                        break
                    if time.monotonic() > deadline:
                        raise StepFailed("timed out after %ss waiting for %s" % (step.get("timeout", 10), json.dumps(condition, ensure_ascii=False)))
            elif "send" in step:
                terminal.write(step["send"].encode())
            elif "snapshot" in step:
                snapshots[step["snapshot"]] = dict(terminal.screen.snapshot(), at_ms=elapsed_ms(),
                                                   bytes=terminal.output_bytes)
            elif "resize" in step:
                columns, lines = step["resize"]
                terminal.resize(columns, lines)
            elif "scribble" in step:
                screen, scribble = terminal.screen, step["scribble"]
                for x, char in enumerate(scribble["text"][:screen.columns]):
                    screen.buffer[scribble["row"]][x] = screen.default_char._replace(data=char)
            elif "wait_answer" in step:
                deadline = time.monotonic() + step.get("timeout", 10)
                while step["wait_answer"] not in terminal.sent:
                    terminal.pump(0.02)
                    if time.monotonic() > deadline:
                        raise StepFailed("the %s answer was never sent" % step["wait_answer"])
            else:
                raise StepFailed("unknown step %r" % step)
    except StepFailed as failure:
        result.update(ok=False, error=str(failure), failed_step=number)
    facts = dict(terminal.screen.facts, background_queries=terminal.background_queries,
                 answers_sent=terminal.sent, output_bytes=terminal.output_bytes, exited=terminal.exited)
    result.update(snapshots=snapshots, waits=waits, facts=facts, screen=terminal.screen.snapshot()["rows"])
    terminal.close()
    return result


class StepFailed(Exception):
    pass


def main():
    spec = json.load(sys.stdin)
    result = run(spec)
    json.dump(result, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
