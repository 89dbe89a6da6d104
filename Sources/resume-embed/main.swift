// Build-time tool of the EmbedResume plugin: writes resume.md, and each translation
// given after it as a language code and a path, as Swift byte arrays, and each one
// parsed, as Swift that builds its `Resume` (`SwiftSource`), so a start with the
// built-in résumé parses nothing.
//
// Bytes, not a string literal: a string literal would normalize CRLF and could not hold
// invalid UTF-8, and the embedded copy must be byte-for-byte the file that the parser
// and `resume-tui check` see. A file that doesn't show (errors, nothing in it) is
// embedded unparsed (nil), and the program parses it and says why, as it always did.
import Foundation
import ResumeModel

let arguments = CommandLine.arguments
guard arguments.count >= 3, arguments.count % 2 == 1 else {
    FileHandle.standardError.write(Data("usage: resume-embed INPUT OUTPUT [CODE TRANSLATION]...\n".utf8))
    exit(2)
}

/// The file's bytes; exits if it can't be read.
func contents(of path: String) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("resume-embed: cannot read \(path)\n".utf8))
        exit(1)
    }
    return [UInt8](data)
}

/// `bytes` as a Swift array literal's rows.
func arrayLiteral(of bytes: [UInt8]) -> String {
    var rows = "[\n"
    var index = 0
    while index < bytes.count {
        rows += "    " + bytes[index..<min(index + 24, bytes.count)].map { String($0) }.joined(separator: ",") + ",\n"
        index += 24
    }
    return rows + "]\n"
}

/// The résumé `bytes` hold, as the program reads the file named `name`, as a Swift
/// expression: nil when it doesn't show.
func parsedLiteral(of bytes: [UInt8], name: String) -> String {
    var result = ResumeParser.parse(bytes)
    TranslationNames.applyNameLanguage(&result, path: name)
    guard result.errors.isEmpty, let resume = result.resume, !resume.isEmpty else { return "nil" }
    return SwiftSource.expression(resume)
}

var source = "// Generated from resume.md and its translations by the EmbedResume plugin. Do not edit.\n"
source += "import ResumeModel\n\n"
let main = contents(of: arguments[1])
source += "let embeddedBytes: [UInt8] = " + arrayLiteral(of: main)
source += "let embeddedResume: Resume? = " + parsedLiteral(of: main, name: "resume.md") + "\n"
// One constant per file: a single literal of tuples holding arrays is slow to type-check.
var entries: [String] = []
for (number, index) in stride(from: 3, to: arguments.count, by: 2).enumerated() {
    let code = arguments[index]
    guard code.allSatisfy({ ("a"..."z").contains($0) }) else {
        FileHandle.standardError.write(Data("resume-embed: \(code) is not a language code\n".utf8))
        exit(2)
    }
    let bytes = contents(of: arguments[index + 1])
    source += "let embeddedTranslation\(number): [UInt8] = " + arrayLiteral(of: bytes)
    source += "let embeddedTranslationResume\(number): Resume? = " + parsedLiteral(of: bytes, name: "resume.\(code).md") + "\n"
    entries.append("(code: \"\(code)\", bytes: embeddedTranslation\(number), parsed: embeddedTranslationResume\(number))")
}
source += "let embeddedTranslations: [(code: String, bytes: [UInt8], parsed: Resume?)] = ["
    + entries.joined(separator: ", ") + "]\n"
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: arguments[2]))
} catch {
    FileHandle.standardError.write(Data("resume-embed: cannot write \(arguments[2]): \(error)\n".utf8))
    exit(1)
}
