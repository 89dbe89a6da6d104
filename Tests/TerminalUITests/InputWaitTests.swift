import Glibc
@testable import TerminalUI
import XCTest

/// The one wait of the key loop: it ends when the terminal has something to read, when a
/// signal comes, or when its time is up; and it only wakes by itself where the mouse may
/// come from somewhere ncurses alone can see.
final class InputWaitTests: XCTestCase {
    private var ends: [Int32] = [-1, -1]

    override func setUp() {
        XCTAssertEqual(pipe(&ends), 0)
    }

    override func tearDown() {
        close(ends[0])
        close(ends[1])
    }

    func testTheWaitEndsWithInputOrItsTime() {
        XCTAssertEqual(InputWait.wait(ends[0], milliseconds: 20), .timedOut)
        XCTAssertEqual(write(ends[1], "j", 1), 1)
        XCTAssertEqual(InputWait.wait(ends[0], milliseconds: 5000), .readable)
    }

    func testTheOtherSideGoneEndsTheWait() {
        close(ends[1])
        ends[1] = open("/dev/null", O_WRONLY)
        // A pipe whose writer is gone reads end-of-file: readable, and hung up.
        XCTAssertNotEqual(InputWait.wait(ends[0], milliseconds: 5000), .timedOut)
    }

    /// The race the wait closes: a signal that lands after the loop's last look, before
    /// the wait starts, still ends the wait at once rather than when its time is up.
    func testASignalThatCameBeforeTheWaitEndsItAtOnce() {
        let previous = signal(SIGWINCH) { _ in }
        defer {
            InputWait.restoreSignals()
            signal(SIGWINCH, previous)
        }
        InputWait.blockSignals()
        XCTAssertEqual(raise(SIGWINCH), 0)  // to this thread, pending: blocked until the wait
        XCTAssertEqual(InputWait.wait(ends[0], milliseconds: 10_000), .interrupted, "not after its 10 s")
        XCTAssertEqual(InputWait.wait(ends[0], milliseconds: 20), .timedOut, "and it is delivered once")
    }

    func testOnlyALinuxVirtualConsoleWaitsForGPMsMouse() {
        XCTAssertTrue(InputWait.mouseMayComeFromGPM(term: "linux", tty: "/dev/tty3"))
        XCTAssertTrue(InputWait.mouseMayComeFromGPM(term: "linux-16color", tty: "/dev/tty12"))
        XCTAssertFalse(InputWait.mouseMayComeFromGPM(term: "linux", tty: "/dev/pts/4"), "over SSH: a pty")
        XCTAssertFalse(InputWait.mouseMayComeFromGPM(term: "linux", tty: "/dev/ttyS0"), "a serial line")
        XCTAssertFalse(InputWait.mouseMayComeFromGPM(term: "linux", tty: "/dev/tty"))
        XCTAssertFalse(InputWait.mouseMayComeFromGPM(term: "xterm-256color", tty: "/dev/tty1"))
        XCTAssertFalse(InputWait.mouseMayComeFromGPM(term: "linux", tty: nil))
    }
}
