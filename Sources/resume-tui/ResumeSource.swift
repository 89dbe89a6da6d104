import ArgumentParser
import Glibc
import ResumeContent
import ResumeLayout
import ResumeModel

/// Where the résumé comes from: `--file PATH`, or the copy built into the binary.
/// Its translations are `ResumeSource`s too (see `ResumeFiles`).
struct ResumeSource {
    let bytes: [UInt8]
    /// The name diagnostics are reported under: the path, or "resume.md (built in)" for
    /// the built-in copy.
    let displayName: String
    /// The file's name as it can say the language (`resume.en.md`) and as other files'
    /// messages point at it: the path, or "resume.md" for the built-in copy.
    let path: String
    /// The résumé as parsed when the binary was built: set for the built-in copy, whose
    /// bytes can't change, so `parse` has nothing to do.
    let parsedAtBuild: Resume?

    init(bytes: [UInt8], displayName: String, path: String? = nil, parsedAtBuild: Resume? = nil) {
        self.bytes = bytes
        self.displayName = displayName
        self.path = path ?? displayName
        self.parsedAtBuild = parsedAtBuild
    }

    static func load(file: String?) throws -> ResumeSource {
        guard let file else {
            return ResumeSource(bytes: ResumeContent.bytes, displayName: "resume.md (built in)", path: "resume.md",
                                parsedAtBuild: ResumeContent.parsed)
        }
        do {
            return ResumeSource(bytes: try readFile(file), displayName: file)
        } catch {
            throw Failure(error.description, status: 1)
        }
    }

    /// The language the file's name gives it (`resume.en.md`), when nothing inside can
    /// overrule the name: Markdown with no front matter. Nil when only reading it tells.
    var languageByName: Language? {
        guard path.hasSuffix(".md"), let language = TranslationNames.language(ofPath: path) else { return nil }
        // Front matter (`---`, `+++`) may say `lang:`; a byte-order mark or blank lines may come first.
        let opening = bytes.drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        return opening.first == UInt8(ascii: "-") || opening.first == UInt8(ascii: "+") ? nil : language
    }

    /// Parses, in the language the file says it is in: front matter's `lang`, else the
    /// code in its name, else the one its text is in.
    func read() -> ParseResult {
        ParseMemo.result(path: path, bytes: bytes) {
            var result = ResumeParser.parse(bytes)
            TranslationNames.applyNameLanguage(&result, path: path)
            return result
        }
    }

    /// Parses. A file that can't be read at all (malformed JSON) or that holds nothing
    /// to show (an empty file, or one caught half-saved) stops with status 1 and says
    /// where; anything readable shows. Warnings are left to `resume-tui check`: a
    /// visitor should not see them.
    func parse() throws -> Resume {
        if let parsedAtBuild { return parsedAtBuild }
        let result = read()
        let errors = result.errors
        if let resume = result.resume, errors.isEmpty, resume.isEmpty {
            throw Failure("\(displayName): nothing to show: the file has no name, text or sections", status: 1)
        }
        if !errors.isEmpty || result.resume == nil {
            // Messages quote the owner's text; quoted escapes must show, not act (InertText).
            var lines = errors.map { InertText.make("\(displayName):\($0)") }
            if lines.isEmpty { lines = ["\(displayName): nothing to show"] }
            lines.append("\(displayName): \(errors.count) error\(errors.count == 1 ? "" : "s"); run `resume-tui check\(displayName.hasPrefix("resume.md (") ? "" : " --file \(displayName)")` for all the details")
            throw Failure(lines.joined(separator: "\n"), status: 1)
        }
        guard let resume = result.resume else { throw Failure("\(displayName): nothing to show", status: 1) }
        return resume
    }
}

/// Reads a whole file with POSIX calls (no Foundation on the start-up path).
func readFile(_ path: String) throws(FileError) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw FileError(path: path, errno: errno) }
    defer { close(fd) }
    var info = stat()
    if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
        throw FileError(path: path, errno: EISDIR)
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { continue }
            throw FileError(path: path, errno: errno)
        }
        if count == 0 { break }
        bytes.append(contentsOf: chunk[0..<count])
        // A résumé is kilobytes; refuse to swallow a disk image by mistake.
        if bytes.count > maximumFileSize { throw FileError(path: path, errno: EFBIG) }
    }
    return bytes
}

/// The largest résumé file read: 16 MiB, a thousand times a long résumé, so a file that
/// size is a mistake (a log, a disk image), and reading it would only stall.
let maximumFileSize = 16 << 20

struct FileError: Error, CustomStringConvertible {
    let path: String
    let errno: Int32
    var description: String {
        if errno == EFBIG { return "resume-tui: cannot read \(path): it is larger than 16 MiB, which no résumé is" }
        return "resume-tui: cannot read \(path): \(String(cString: strerror(errno)))"
    }
}

/// A message for the user and an exit status; `main` prints it to stderr and exits.
struct Failure: Error {
    let message: String
    let status: Int32
    init(_ message: String, status: Int32) {
        self.message = message
        self.status = status
    }
}

/// Runs `body`, turning a `Failure` into its message on stderr and its exit status.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as Failure {
        var line = failure.message + "\n"
        line.withUTF8 { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
        throw ExitCode(failure.status)
    }
}

/// Today's date from the system clock, in local time.
func today() -> CalendarDate {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
}
