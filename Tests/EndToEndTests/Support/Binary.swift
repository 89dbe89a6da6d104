import Foundation

/// Where the built `resume-tui` is: beside the test bundle, in the same build folder.
enum Binary {
    static var url: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // `swift test` runs `.../debug/resume-tuiPackageTests.xctest`; the binary sits beside it.
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("resume-tui")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("resume-tui")
    }

    /// The package's top folder (for resume.md and fixtures).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs the binary to completion and returns (status, stdout, stderr).
    @discardableResult
    static func run(_ arguments: [String], environment: [String: String]? = nil, stdin: Data? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        try Process.capture(url, arguments, environment: environment, stdin: stdin)
    }
}

extension Process {
    /// Runs a program to completion with its outputs captured, killing it after `timeout`
    /// seconds. Built on `SpawnedProgram` (posix_spawn and waitpid) rather than Foundation's
    /// `Process`, whose `waitUntilExit` can hang on a child that exits at once.
    static func capture(_ url: URL, _ arguments: [String], environment: [String: String]? = nil, stdin: Data? = nil,
                        timeout: TimeInterval = 120) throws -> (status: Int32, stdout: String, stderr: String) {
        let program = try SpawnedProgram(url.path, arguments, environment: environment ?? ProcessInfo.processInfo.environment,
                                         input: stdin.map { .data($0) } ?? .null)
        return program.finish(timeout: timeout)
    }
}
