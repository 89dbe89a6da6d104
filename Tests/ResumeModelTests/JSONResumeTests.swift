import Foundation
import XCTest
@testable import ResumeModel

final class JSONResumeTests: XCTestCase {
    private func realJSON() throws -> (JSONResume, Data) {
        let resume = try XCTUnwrap(ResumeParser.parse(try TestFiles.resumeBytes()).resume)
        let json = JSONResume(resume)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return (json, try encoder.encode(json))
    }

    func testMappingOfTheRealResume() throws {
        let (json, _) = try realJSON()
        XCTAssertEqual(json.basics.name, "Wonho Ha")
        XCTAssertEqual(json.basics.label, "기술적으로 깊이 있게 보고, 내부를 살펴보는걸 좋아하는 개발자입니다.")
        XCTAssertEqual(json.basics.email, "las@magical.dev")
        XCTAssertEqual(json.basics.phone, "+82 10-7704-6876")
        XCTAssertEqual(json.basics.profiles, [])
        XCTAssertEqual(json.work.map(\.name), ["비바리퍼블리카", "Buzvil"])
        XCTAssertEqual(json.work.map(\.startDate), ["2023-09-02", "2019-09-02"])
        XCTAssertEqual(json.work.map(\.endDate), [nil, "2023-06-02"])
        XCTAssertEqual(json.work[0].summary, "SRE 팀에서 서비스 분석 및 redis 운영을 담당하였습니다")
        XCTAssertEqual(json.work.map(\.highlights.count), [9, 11])
        XCTAssertEqual(json.work[0].highlights.first, "신규 레디스 클러스터 셋팅 및, 레디스 점검 수행")
        XCTAssertEqual(json.publications.count, 6)
        XCTAssertEqual(json.publications[1], JSONResume.Publication(
            name: "Pythonic Clean Architecture", publisher: "Pycon KR", releaseDate: "2021",
            url: "https://2021.pycon.kr/session/18/", summary: "Speaker"))
        XCTAssertEqual(json.skills.map(\.keywords.count), [5, 4, 4])
        XCTAssertEqual(json.meta.version, "v1.0.0")
    }

    func testOngoingJobHasNoEndDateKeyAndKeysMatchTheSchema() throws {
        let (_, data) = try realJSON()
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["basics", "work", "publications", "skills", "meta"])
        let work = try XCTUnwrap(object["work"] as? [[String: Any]])
        XCTAssertEqual(Set(work[0].keys), ["name", "startDate", "summary", "highlights"])
        XCTAssertEqual(Set(work[1].keys), ["name", "startDate", "endDate", "summary", "highlights"])
    }

    func testProfilesFromLinkContacts() throws {
        let resume = try XCTUnwrap(try parseFixture("contact-lines.md").resume)
        let json = JSONResume(resume)
        XCTAssertEqual(json.basics.profiles, [
            JSONResume.Profile(network: "Blog", url: "https://blog.example.com"),
            JSONResume.Profile(network: "GitHub", url: "https://github.com/someone"),
            JSONResume.Profile(network: "www.example.com", url: "www.example.com"),
        ])
        XCTAssertEqual(json.basics.email, "someone@example.com")
    }

    /// Validates against the JSON Resume schema with Python's jsonschema, which these machines have.
    func testValidatesAgainstTheSchema() throws {
        let (_, data) = try realJSON()
        let jsonURL = FileManager.default.temporaryDirectory.appendingPathComponent("resume-\(UUID().uuidString).json")
        try data.write(to: jsonURL)
        defer { try? FileManager.default.removeItem(at: jsonURL) }
        let schemaURL = TestFiles.fixtures.appendingPathComponent("jsonresume-schema.json")
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
        v = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
        errors = [f"{list(e.path)}: {e.message}" for e in v.iter_errors(doc)]
        print("\\n".join(errors)); sys.exit(1 if errors else 0)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schemaURL.path, jsonURL.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, output)
    }
}
