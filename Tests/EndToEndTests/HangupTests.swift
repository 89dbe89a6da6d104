import Foundation
import XCTest

/// A terminal that goes away. The kernel sends SIGHUP to a terminal's session leader
/// only, and a shell passes it on to its jobs; a leader that ignores it (`nohup`, a
/// `trap '' HUP`, a wrapper such as strace) passes nothing on, and the viewer must still
/// see that its terminal is gone, and quit, rather than read nothing from it forever.
final class HangupTests: XCTestCase {
    func testTheViewerQuitsWhenItsTerminalGoesAwayWithoutASignal() throws {
        let fixture = Fixture.korean
        // A pty whose session leader is a shell ignoring SIGHUP, with the viewer as its
        // child; once the name is on screen the pty's master is closed. The shell ends
        // when the viewer does (`wait`): its exit is the marker waited for.
        let script = """
        import os, pty, select, sys, time
        binary, resume, name = sys.argv[1:4]
        pid, fd = pty.fork()
        if pid == 0:
            os.environ.update(TERM="xterm-256color", LANG="C.UTF-8")
            os.execvp("sh", ["sh", "-c", "trap '' HUP; \\"$0\\" --file \\"$1\\" & wait", binary, resume])
        seen, deadline = b"", time.monotonic() + 20
        while name.encode() not in seen and time.monotonic() < deadline:
            if select.select([fd], [], [], 0.1)[0]:
                try:
                    seen += os.read(fd, 65536)
                except OSError:
                    break
        if name.encode() not in seen:
            print("never painted"); sys.exit(2)
        os.close(fd)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done:
                print("ended"); sys.exit(0)
            time.sleep(0.05)
        os.system("pkill -KILL -P %d" % pid)
        print("still running 10 s after its terminal went away"); sys.exit(1)
        """
        let result = try Process.capture(URL(fileURLWithPath: "/usr/bin/env"),
                                         ["python3", "-c", script, Binary.url.path, fixture.path, fixture.name], timeout: 60)
        XCTAssertEqual(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "ended", result.stderr)
        XCTAssertEqual(result.status, 0)
    }
}
