import Glibc

/// Asks the terminal, before the screen opens, what no setting tells us: how wide it draws
/// East Asian Ambiguous characters, and what colour its background is. Vim asks the first
/// the same way (its `t_u7`); the second is what OSC 11 is for.
///
/// One write holds every question, with a device attributes request (`ESC [ c`) last.
/// Terminals answer in order and nearly all answer that one, so its answer means the
/// others have come or never will, and a local terminal is done in a millisecond. A
/// terminal that answers nothing costs the whole wait, once. Answers that come after the
/// wait are dropped by `KeyReader`, never read as keys.
enum TerminalProbe {
    struct Questions {
        var ambiguousWidth: Bool
        var background: Bool
        /// The longest wait for the answers, in milliseconds: an SSH round trip must fit.
        var wait: Int

        var anything: Bool { ambiguousWidth || background }
    }

    /// The probe character: East Asian Ambiguous, and in every font.
    static let ambiguousCharacter = "\u{B7}"

    /// Asks `questions` on the terminal at `input`/`output`; no answers if either is not
    /// a terminal or nothing needs asking.
    static func ask(_ questions: Questions, input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) -> ProbeAnswers {
        guard questions.anything, isatty(input) == 1, isatty(output) == 1 else { return ProbeAnswers() }
        let saved = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        saved.initialize(to: termios())
        defer { saved.deallocate() }
        guard tcgetattr(input, saved) == 0 else { return ProbeAnswers() }
        var raw = saved.pointee
        // No echo (the answers would be printed), no line buffering (they end in no
        // newline), no signals (Ctrl-C here must not leave the tty in this state).
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        guard tcsetattr(input, TCSANOW, &raw) == 0 else { return ProbeAnswers() }
        defer { tcsetattr(input, TCSANOW, saved) }

        var query = ""
        if questions.ambiguousWidth { query += "\r" + ambiguousCharacter + "\u{1B}[6n" }
        if questions.background { query += "\u{1B}]11;?\u{1B}\\" }
        query += "\u{1B}[c"
        guard writeAll(query, to: output) else { return ProbeAnswers() }
        let answers = readAnswers(from: input, wait: questions.wait)
        // Take the probe character off the screen again.
        if questions.ambiguousWidth { _ = writeAll("\r\u{1B}[K", to: output) }
        return answers
    }

    private static func readAnswers(from input: Int32, wait: Int) -> ProbeAnswers {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        let deadline = InputWait.now() + Double(max(wait, 0)) / 1000
        while true {
            let remaining = Int(max((deadline - InputWait.now()) * 1000, 0).rounded(.up))
            // A quit signal ends the wait (and, once the screen is up, the résumé).
            switch InputWait.wait(input, milliseconds: remaining) {
            case .readable: break
            case .interrupted where pendingQuitSignal == 0: continue
            case .interrupted, .hungUp, .timedOut: return ProbeAnswers(bytes)
            }
            let count = read(input, &buffer, buffer.count)
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            guard count > 0 else { break }
            bytes += buffer[0..<count]
            let answers = ProbeAnswers(bytes)
            // A terminal that keeps sending without ever answering is not waited on longer.
            if answers.complete || bytes.count > 4096 { return answers }
        }
        return ProbeAnswers(bytes)
    }

    private static func writeAll(_ text: String, to output: Int32) -> Bool {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(output, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return false }
            bytes = bytes.dropFirst(written)
        }
        return true
    }
}
