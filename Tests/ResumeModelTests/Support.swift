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

    /// A copy of the owner's résumé (and its translation beside it), kept in
    /// Tests/Fixtures/owner: the tests that pin what a real résumé reads as use it, so a
    /// fork that replaces the top-level resume.md still passes them.
    static let ownerURL = testsFolder.deletingLastPathComponent().appendingPathComponent("Fixtures/owner/resume.md")

    static func ownerBytes() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: ownerURL))
    }

    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    static func fixtureNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".md") }.sorted()
    }

    /// The résumés in every style people write (Fixtures/styles), each with its `.expect.json`.
    static let styles = fixtures.appendingPathComponent("styles")

    static func styleFixtureNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: styles.path).filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
    }
}

extension ParseResult {
    /// Diagnostics as `line:column: severity: message` strings, for readable failures.
    var lines: [String] { diagnostics.map(\.description) }
}

func parseFixture(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> ParseResult {
    ResumeParser.parse(try TestFiles.fixture(name))
}

// MARK: - Model helpers

/// Top-level bullets of a block list (nested ones not counted).
func bulletCount(_ blocks: [Block]) -> Int {
    blocks.reduce(0) { count, block in
        if case .list(let items) = block { return count + items.count }
        return count
    }
}

func paragraphs(_ blocks: [Block]) -> [String] {
    blocks.compactMap { block in
        if case .paragraph(let runs) = block { return runs.plainText }
        return nil
    }
}

extension Resume {
    var jobs: [Job] {
        sections.flatMap(\.entries).compactMap { if case .job(let job) = $0 { return job } else { return nil } }
    }
    var talks: [Talk] {
        sections.flatMap(\.entries).compactMap { if case .talk(let talk) = $0 { return talk } else { return nil } }
    }
    var skillGroups: [SkillGroup] {
        sections.flatMap(\.entries).compactMap { if case .skill(let skill) = $0 { return skill } else { return nil } }
    }
    var items: [Item] {
        sections.flatMap(\.entries).compactMap { if case .item(let item) = $0 { return item } else { return nil } }
    }
}

/// A block's single paragraph runs, or a failure.
func onlyParagraph(_ blocks: [Block], file: StaticString = #filePath, line: UInt = #line) -> Inline {
    guard blocks.count == 1, case .paragraph(let runs) = blocks[0] else {
        XCTFail("expected one paragraph, got \(blocks)", file: file, line: line)
        return []
    }
    return runs
}

func onlyList(_ blocks: [Block], file: StaticString = #filePath, line: UInt = #line) -> [ListItem] {
    guard blocks.count == 1, case .list(let items) = blocks[0] else {
        XCTFail("expected one list, got \(blocks)", file: file, line: line)
        return []
    }
    return items
}
