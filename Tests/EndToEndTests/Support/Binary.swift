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
    /// Runs a program with pipes for its output and returns when it exits.
    static func capture(_ url: URL, _ arguments: [String], environment: [String: String]? = nil, stdin: Data? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, or a large output fills the pipe and deadlocks.
        final class Box: @unchecked Sendable { var data = Data() }
        let errBox = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errBox.data = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let errData = errBox.data
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
