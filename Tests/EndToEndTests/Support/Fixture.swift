import Foundation

/// A résumé the end-to-end tests run on. They are ours, committed beside the tests
/// (`Tests/Fixtures`), so a fork that replaces the top-level resume.md still passes the
/// suite, and a test can say exactly what a person would see.
///
/// The two have the same shape (About, then Career, Talks and Skills of two entries each): the
/// English one where the language does not matter, the Korean one where Hangul does
/// (wide characters lining up, Korean typed into search, initial-consonant search).
struct Fixture: CustomStringConvertible {
    let path: String
    /// What each page shows near its top, a line no other page has (`FixtureTests`
    /// checks it, so that a test asserting one is absent can't pass on an edited file).
    let about: String, career: String, talks: String, skills: String

    static let english = Fixture(file: "viewer-en.md", about: "Platform engineer who makes slow systems",
                                 career: "Northwind Payments", talks: "Measuring a cache before you tune it",
                                 skills: "Finds the bottleneck and shows it in numbers.")
    static let korean = Fixture(file: "viewer-ko.md", about: "대용량 트래픽을 다루는 백엔드 개발자입니다.",
                                career: "한빛페이", talks: "캐시 계층을 측정하는 방법", skills: "병목을 찾아 숫자로 보여 줍니다.")
    /// For the tests that prove nothing about one résumé is hard-coded.
    static let both = [english, korean]

    private init(file: String, about: String, career: String, talks: String, skills: String) {
        path = Binary.packageRoot.appendingPathComponent("Tests/Fixtures/" + file).path
        self.about = about
        self.career = career
        self.talks = talks
        self.skills = skills
    }

    /// The line only page `title` (a tab's name: "About", "Career", …) shows.
    func line(on title: String) -> String {
        switch title {
        case "About": return about
        case "Career": return career
        case "Talks": return talks
        case "Skills": return skills
        default: preconditionFailure("the fixtures have no page \(title)")
        }
    }

    var text: String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

    /// The name: the text of the first-level heading.
    var name: String {
        text.split(separator: "\n").first { $0.hasPrefix("# ") }.map { String($0.dropFirst(2)) } ?? ""
    }

    /// The address of the contact line `- Email: …`.
    var email: String {
        text.split(separator: "\n").first { $0.hasPrefix("- Email: ") }.map { String($0.dropFirst("- Email: ".count)) } ?? ""
    }

    /// `--file PATH`, quoted for a shell command line.
    var fileArgument: String { "--file " + TmuxSession.quote(path) }

    var description: String { URL(fileURLWithPath: path).lastPathComponent }

    /// The plain text of `page` (or of the whole résumé) laid out at `width` cells.
    func plain(page: String? = nil, width: Int) throws -> String {
        let result = try Binary.run(["--plain", "--file", path, "--width", "\(width)"] + (page.map { ["--page", $0] } ?? []))
        guard result.status == 0 else { throw HarnessError("--plain on \(self): \(result.stderr)") }
        return result.stdout
    }

    /// How many times `word` is on the pages at `width`: what a search for it must count.
    func occurrences(of word: String, width: Int) throws -> Int {
        try plain(width: width).components(separatedBy: word).count - 1
    }
}
