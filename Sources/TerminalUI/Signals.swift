import CNCursesW
import Glibc

/// The last quit signal received (SIGTERM, SIGHUP, SIGINT), or 0.
///
/// A signal handler may only do async-signal-safe things, so it records the signal
/// and the main loop, whose wait the signal ends (`InputWait`), leaves curses mode
/// properly.
nonisolated(unsafe) var pendingQuitSignal: Int32 = 0

enum QuitSignals {
    static func install() {
        for sig in [SIGTERM, SIGHUP, SIGINT] {
            signal(sig) { pendingQuitSignal = $0 }
        }
        // Writing to a terminal that went away (ssh dropped) must not kill us mid-cleanup.
        signal(SIGPIPE, SIG_IGN)
        InputWait.blockSignals()
    }
}

/// Restores the terminal even on a crash.
///
/// Swift has no way to catch a trap, and a trap inside curses mode would leave the
/// visitor's terminal in raw mode, without a cursor, on the alternate screen. So the
/// fatal signals get a handler that writes precomputed restore sequences and the saved
/// tty modes with async-signal-safe calls, then dies with the same signal.
enum CrashRestore {
    nonisolated(unsafe) private static var restoreBytes: UnsafeMutableBufferPointer<UInt8>?
    /// On the heap, not a `termios()` global: AddressSanitizer reports that global as 57
    /// bytes, and tcgetattr writes all 60 of glibc's struct past its end (a
    /// global-buffer-overflow at start-up). An allocation of one `termios` has the full stride.
    nonisolated(unsafe) private static let savedModes: UnsafeMutablePointer<termios> = {
        let pointer = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        pointer.initialize(to: termios())
        return pointer
    }()
    nonisolated(unsafe) private static var haveSavedModes = false
    private static let fatalSignals = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    /// Call before curses changes the tty modes.
    static func saveModes() {
        haveSavedModes = tcgetattr(STDIN_FILENO, savedModes) == 0
    }

    static func install(termName: String) {
        var sequence = ""
        for capability in ["rmcup", "cnorm", "sgr0"] {
            if let value = capability.withCString({ tigetstr($0) }), Int(bitPattern: value) > 0 {
                sequence += String(cString: value)
            }
        }
        // ncurses turns mouse reporting on with xterm's private modes; turn it off too.
        if let mouse = "kmous".withCString({ tigetstr($0) }), Int(bitPattern: mouse) > 0 {
            sequence += "\u{1B}[?1000l\u{1B}[?1006l"
        }
        sequence += "\r\n"
        let bytes = Array(sequence.utf8)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes)
        restoreBytes = buffer
        for sig in fatalSignals {
            signal(sig) { sig in
                CrashRestore.restoreNow()
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
    }

    static func uninstall() {
        for sig in fatalSignals { signal(sig, SIG_DFL) }
    }

    private static func restoreNow() {
        if let bytes = restoreBytes, let base = bytes.baseAddress {
            _ = write(STDOUT_FILENO, base, bytes.count)
        }
        if haveSavedModes { _ = tcsetattr(STDIN_FILENO, TCSANOW, savedModes) }
    }
}
