import Foundation
import XCTest
@testable import ResumeModel

/// Résumés written the way people write them (Fixtures/styles, in English, Korean,
/// Chinese and Japanese): each reads to what its `.expect.json` says a careful reader
/// sees, and exports to JSON Resume with every entry in it.
final class StyleFixtureTests: XCTestCase {
    struct Expected: Decodable {
        struct Section: Decodable {
            var title: String
            var kind: String
            var entries: [Entry]?
        }
        struct Entry: Decodable, Equatable, CustomStringConvertible {
            var organization: String
            var role: String?
            var start: String?
            var end: String?
            var periodText: String?
            var description: String {
                "\(organization) | \(role ?? "-") | \(start ?? "-")–\(end ?? "-")\(periodText.map { " | \($0)" } ?? "")"
            }
        }
        var name: String
        var language: String
        var styles: [String]
        var sections: [Section]
    }

    private func fixtures() throws -> [(name: String, bytes: [UInt8], expected: Expected)] {
        try TestFiles.styleFixtureNames().map { name in
            let bytes = try TestFiles.fixture("styles/" + name)
            let json = TestFiles.styles.appendingPathComponent(name.replacingOccurrences(of: ".md", with: ".expect.json"))
            return (name, bytes, try JSONDecoder().decode(Expected.self, from: Data(contentsOf: json)))
        }
    }

    func testEachReadsAsItsReaderExpects() throws {
        for fixture in try fixtures() {
            let result = ResumeParser.parse(fixture.bytes)
            XCTAssertEqual(result.errors, [], fixture.name)
            let resume = try XCTUnwrap(result.resume, fixture.name)
            XCTAssertEqual(resume.name, fixture.expected.name, fixture.name)
            XCTAssertEqual(resume.language.rawValue, fixture.expected.language, fixture.name)
            XCTAssertEqual(resume.sections.map { "\($0.title) (\($0.kind.rawValue))" },
                           fixture.expected.sections.map { "\($0.title) (\($0.kind))" }, fixture.name)
            for (section, expected) in zip(resume.sections, fixture.expected.sections) where expected.entries != nil {
                let entries = section.entries.map { entry -> Expected.Entry in
                    guard case .job(let job) = entry else { return Expected.Entry(organization: "(not a dated entry)") }
                    var end: String?
                    if let period = job.period {
                        if case .date(let date) = period.end { end = date.description } else { end = "present" }
                    }
                    return Expected.Entry(organization: job.organization, role: job.role, start: job.period?.start.description,
                                          end: end, periodText: job.periodText)
                }
                XCTAssertEqual(entries, expected.entries, "\(fixture.name), \(section.title)")
            }
        }
    }

    /// JSON Resume gets every job, school and project, and each job's bullets.
    func testEachExportsItsEntriesToJSONResume() throws {
        for fixture in try fixtures() {
            let resume = try XCTUnwrap(ResumeParser.parse(fixture.bytes).resume, fixture.name)
            let json = JSONResume(resume)
            func count(_ kind: SectionKind) -> Int {
                resume.sections.filter { $0.kind == kind }.map(\.entries.count).reduce(0, +)
            }
            XCTAssertEqual(json.basics?.name, resume.name, fixture.name)
            XCTAssertEqual(json.work?.count ?? 0, count(.career), "\(fixture.name): work")
            XCTAssertEqual(json.education?.count ?? 0, count(.education), "\(fixture.name): education")
            XCTAssertEqual(json.projects?.count ?? 0, count(.projects), "\(fixture.name): projects")
            for (job, work) in zip(resume.jobs(in: .career), json.work ?? []) where job.summary.contains(where: { if case .list = $0 { return true } else { return false } }) {
                XCTAssertFalse((work.highlights ?? []).isEmpty, "\(fixture.name): \(job.organization)'s bullets are missing from its highlights")
            }
        }
    }

    /// Enough fixtures, in every language, covering every style the reader promises.
    func testTheFixturesCoverEveryStyle() throws {
        let all = try fixtures()
        XCTAssertGreaterThanOrEqual(all.count, 20)
        XCTAssertEqual(Set(all.map(\.expected.language)), ["en", "ko", "zh", "ja"])
        let covered = Set(all.flatMap(\.expected.styles))
        let promised: Set<String> = [
            "name-atx", "name-setext", "name-closing-hashes", "name-front-matter", "name-after-generic-title", "name-after-toc",
            "name-heading-emoji-markup", "name-heading-subtitle", "section-title-emoji", "section-title-markup",
            "html-comment-section", "html-div-center", "html-br", "html-u", "html-inline-svg", "html-img-badges",
            "image-badge-link", "entities", "rule-dashes", "rule-stars", "table-skills", "table-contact", "fenced-code",
            "blockquote", "ordered-list", "nested-list", "task-list", "hard-line-break", "heading-link", "heading-emphasis",
            "entry-company-paren-period", "entry-role-pipe-company-period-below-plain", "entry-role-pipe-company-period-below-bold",
            "entry-role-pipe-company-period-below-italic", "entry-role-at-company-link", "entry-period-colon-company",
            "entry-company-heading-period-below", "period-below-parses-as-ordered-list", "entry-h1-with-front-matter-name",
            "entry-bold-paragraph", "entry-h2-under-h1-section", "entry-zh-period-first-two-spaces", "entry-owner-tenure",
            "entry-owner-ongoing-comma", "entry-unreadable-period", "entry-no-period", "heading-skips-level",
            "period-dot", "period-dash", "period-slash", "period-dot-spaced", "period-nen-getsu", "period-month-abbr",
            "period-month-full", "period-month-abbr-dot", "period-year", "period-season",
            "sep-tilde", "sep-hyphen", "sep-en-dash", "sep-em-dash", "sep-wave-dash", "sep-fullwidth-tilde", "sep-to",
            "open-present", "open-now", "open-current", "open-today", "open-hyeonjae", "open-jaejikjung", "open-zhijin",
            "open-xianzai", "open-genzai", "bullets-under-job", "job-groups",
        ]
        XCTAssertEqual(promised.subtracting(covered), [], "styles no fixture covers")
    }
}

extension Resume {
    func jobs(in kind: SectionKind) -> [Job] {
        sections.filter { $0.kind == kind }.flatMap(\.entries).compactMap { if case .job(let job) = $0 { return job } else { return nil } }
    }
}
