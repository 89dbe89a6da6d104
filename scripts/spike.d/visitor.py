"""One simulated visitor: an asyncssh session on an 80x24 xterm-256color pty that answers
the terminal's questions as xterm would, knows when its first screen is painted, and
times a key to the first byte of the repaint.

Every wait is bounded in time; a failure is an exception whose `reason` is a short label
(stage and cause, no addresses), so thousands of them can be counted by kind.
"""
import asyncio
import errno
import time
import warnings

warnings.filterwarnings("ignore", module="asyncssh")  # DSA deprecation noise at import
import asyncssh  # noqa: E402

# The questions resume-tui asks at start (TerminalProbe): where the cursor is after an
# East Asian Ambiguous character, the background colour, and device attributes, last.
# The child waits up to 1.5 s for the answers, so a client that stays silent measures
# that wait instead of the server. Answered as a dark xterm that draws the character
# one cell wide.
ANSWERS = (
    (b"\x1b[6n", b"\x1b[1;2R"),
    (b"\x1b]11;?", b"\x1b]11;rgb:0000/0000/0000\x1b\\"),
    (b"\x1b[c", b"\x1b[?62;22c"),
)
BUSY = b"busy, try again"
QUIET = 0.1  # output quiet this long after the marker: the first screen is complete


class Failure(Exception):
    """A session that did not get as far as it should; `reason` is what gets counted."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def reason_of(stage, error):
    """A short label for `error` raised during `stage` (connect, session, paint, ...)."""
    if isinstance(error, Failure):
        return error.reason
    if isinstance(error, asyncio.TimeoutError):
        return f"{stage}: timed out"
    if isinstance(error, asyncssh.ChannelOpenError):
        return f"{stage}: channel open failed ({error.reason})"
    if isinstance(error, asyncssh.DisconnectError):
        return f"{stage}: {type(error).__name__} ({error.reason[:60]})"
    if isinstance(error, OSError) and error.errno:
        return f"{stage}: {errno.errorcode.get(error.errno, error.errno)}"
    return f"{stage}: {type(error).__name__}"


class Terminal(asyncssh.SSHClientSession):
    """The client side of the channel: bytes in, answers out, timestamps kept."""

    def __init__(self, marker):
        self.marker = marker
        self.chan = None
        self.tail = b""
        self.bytes = 0
        self.last_output = 0.0
        self.marker_seen = False
        self.marked = asyncio.Event()  # the marker came, or the channel ended first
        self.ended = asyncio.Event()
        self.busy = False
        self.key_sent = None
        self.key_answer = None

    def connection_made(self, chan):
        self.chan = chan

    def data_received(self, data, datatype):
        now = time.perf_counter()
        self.last_output = now
        self.bytes += len(data)
        # A question or the marker split over two packets is found in the kept tail.
        window = self.tail + data
        for question, answer in ANSWERS:
            if question in window and question not in self.tail:
                self.chan.write(answer)
        if not self.marker_seen and self.marker in window:
            self.marker_seen = True
            self.marked.set()
        if BUSY in window:
            self.busy = True
        if self.key_sent is not None:
            self.key_answer.set_result(now - self.key_sent)
            self.key_sent = None
        self.tail = window[-max(32, len(self.marker)):]

    def connection_lost(self, exc):
        self.ended.set()
        self.marked.set()  # wake a paint wait: it sees the channel has ended
        if self.key_sent is not None:
            self.key_answer.set_exception(Failure("key: channel closed"))
            self.key_sent = None


class Visitor:
    """A connection and its one interactive session."""

    def __init__(self, port, source, marker, username="visitor", password=None):
        self.port, self.source, self.marker = port, source, marker
        self.username, self.password = username, password
        self.conn = self.chan = self.term = None
        self.started = self.painted_at = None
        self.page = 1  # the fixture opens on page 1; keys alternate "2" and "1"

    async def open(self, timeout=30.0):
        """Connects, starts the shell, and waits for the painted first screen.
        Returns the seconds from the start of the TCP connect to the paint's last byte."""
        self.started = time.perf_counter()
        deadline = self.started + timeout
        stage = "connect"
        try:
            self.conn = await asyncio.wait_for(asyncssh.connect(
                "127.0.0.1", self.port, local_addr=(self.source, 0), known_hosts=None, username=self.username,
                password=self.password, client_keys=None, agent_path=None, config=None,
                connect_timeout=timeout, login_timeout=timeout), deadline - time.perf_counter())
            stage = "session"
            self.chan, self.term = await asyncio.wait_for(self.conn.create_session(
                lambda: Terminal(self.marker), term_type="xterm-256color", term_size=(80, 24), encoding=None),
                deadline - time.perf_counter())
            stage = "paint"
            await self._painted(deadline)
        except Exception as error:  # noqa: BLE001 - classified for the count, then re-raised
            self.abort()
            raise Failure(reason_of(stage, error)) from error
        self.painted_at = self.term.last_output
        return self.painted_at - self.started

    async def _painted(self, deadline):
        term = self.term
        await asyncio.wait_for(term.marked.wait(), deadline - time.perf_counter())
        if not term.marker_seen:
            if term.busy:
                raise Failure("paint: server said busy")
            raise Failure("paint: closed before the marker" if term.bytes else "paint: closed before any output")
        while True:
            if term.ended.is_set():
                raise Failure("paint: closed right after painting")
            quiet_for = time.perf_counter() - term.last_output
            if quiet_for >= QUIET:
                return
            if time.perf_counter() + QUIET - quiet_for > deadline:
                raise Failure("paint: output never went quiet")
            await asyncio.sleep(QUIET - quiet_for)

    @property
    def alive(self):
        return self.term is not None and not self.term.ended.is_set()

    async def key(self, timeout=5.0):
        """Sends the key that changes the page and returns the seconds to the first byte
        of output, then waits for the repaint to finish so the next key starts clean."""
        key = b"2" if self.page == 1 else b"1"
        term = self.term
        term.key_answer = asyncio.get_running_loop().create_future()
        term.key_sent = time.perf_counter()
        self.chan.write(key)
        try:
            latency = await asyncio.wait_for(term.key_answer, timeout)
        except asyncio.TimeoutError:
            term.key_sent = None
            raise Failure(f"key: no output within {timeout:g} s") from None
        self.page = 2 if self.page == 1 else 1
        while time.perf_counter() - term.last_output < 0.05 and not term.ended.is_set():
            await asyncio.sleep(0.05)
        return latency

    async def quit(self, timeout=10.0):
        """`q`, then waits for the server to end the channel, then closes the connection."""
        try:
            self.chan.write(b"q")
            await asyncio.wait_for(self.term.ended.wait(), timeout)
            status = self.chan.get_exit_status()
            self.conn.close()
            await asyncio.wait_for(self.conn.wait_closed(), timeout)
        except Exception as error:  # noqa: BLE001
            self.abort()
            raise Failure(reason_of("quit", error)) from error
        if status not in (0, None):
            raise Failure(f"quit: exit status {status}")

    def abort(self):
        """Drops the connection at once, as a closed laptop lid does."""
        if self.conn is not None:
            self.conn.abort()


def source_address(index, block=0):
    """A distinct loopback source for each index (62,500 before any repeats), in
    127.BLOCK.x.y: the server's per-address limits see many visitors, as in a real spike."""
    x, y = divmod(index % 62500, 250)
    return f"127.{block}.{x + 1}.{y + 1}"
