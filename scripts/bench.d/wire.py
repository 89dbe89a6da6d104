"""What a key costs on the wire over SSH: the channel data messages (one SSH packet each)
and their bytes that answer one `j` on the Career page, read by an asyncssh client.

The same program runs behind both servers, so the bytes of its output are the same; what
differs is how they are cut into packets: each read of the session's pty becomes one, and
a frame written in several pieces may be read in several.
"""
import asyncio
import time
import warnings

warnings.filterwarnings("ignore", module="asyncssh")  # DSA deprecation noise at import
import asyncssh  # noqa: E402


async def _messages_per_key(port, user, name, presses, quiet):
    got, screen = [], bytearray()

    class Session(asyncssh.SSHClientSession):
        def data_received(self, data, datatype):
            got.append((time.monotonic(), len(data)))
            screen.extend(data)

    async def settle(since):
        """Waits until no message came for `quiet` s; returns the messages after `since`."""
        while True:
            await asyncio.sleep(quiet / 3)
            last = got[-1][0] if got else 0
            if time.monotonic() - last >= quiet:
                return got[since:]

    async with asyncssh.connect("127.0.0.1", port, username=user, password="", known_hosts=None,
                                client_keys=None, agent_path=None, preferred_auth="none,password") as conn:
        channel, _ = await conn.create_session(Session, term_type="xterm-256color", term_size=(80, 24),
                                               encoding=None, env={"LANG": "C.UTF-8"})
        deadline = time.monotonic() + 20
        while name.encode() not in screen:
            if time.monotonic() > deadline:
                raise TimeoutError("no first paint over SSH on port %d" % port)
            await asyncio.sleep(0.05)
        await settle(0)
        channel.write(b"2")  # the Career page, the same way behind both servers
        await settle(0)
        counts = []
        for _ in range(presses):
            since = len(got)
            channel.write(b"j")
            answer = await settle(since)
            counts.append((len(answer), sum(n for _, n in answer)))
        channel.write(b"q")
        channel.close()
    return counts


def messages_per_key(port, user, name, presses=10, quiet=0.15):
    """[(messages, bytes)] for each of `presses` presses of `j`."""
    return asyncio.run(_messages_per_key(port, user, name, presses, quiet))
