import Foundation
import XCTest
@testable import ResumeModel

/// Paths and helpers shared by the model tests.
enum TestFiles {
    /// Tests/ResumeModelTests
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = testsFolder.appendingPathComponent("Fixtures")
    /// The repository's top-level resume.md, three levels up from this file.
    static let resumeURL = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("resume.md")

    static func resumeBytes() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: resumeURL))
    }

    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    static func fixtureNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".md") }.sorted()
    }
}

extension ParseResult {
    /// Diagnostics as `line:column: severity: message` strings, for readable failures.
    var lines: [String] { diagnostics.map(\.description) }
}

func parseFixture(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> ParseResult {
    ResumeParser.parse(try TestFiles.fixture(name))
}
