// Build-time tool of the EmbedResume plugin: writes resume.md, and each translation
// given after it as a language code and a path, as Swift byte arrays.
//
// Bytes, not a string literal: a string literal would normalize CRLF and could not hold
// invalid UTF-8, and the embedded copy must be byte-for-byte the file that the parser
// and `resume-tui check` see.
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 3, arguments.count % 2 == 1 else {
    FileHandle.standardError.write(Data("usage: resume-embed INPUT OUTPUT [CODE TRANSLATION]...\n".utf8))
    exit(2)
}

/// The file's bytes as a Swift array literal's rows; exits if it can't be read.
func arrayLiteral(of path: String) -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("resume-embed: cannot read \(path)\n".utf8))
        exit(1)
    }
    let bytes = [UInt8](data)
    var rows = "[\n"
    var index = 0
    while index < bytes.count {
        rows += "    " + bytes[index..<min(index + 24, bytes.count)].map { String($0) }.joined(separator: ",") + ",\n"
        index += 24
    }
    return rows + "]\n"
}

var source = "// Generated from resume.md and its translations by the EmbedResume plugin. Do not edit.\n"
source += "let embeddedBytes: [UInt8] = " + arrayLiteral(of: arguments[1])
// One constant per file: a single literal of tuples holding arrays is slow to type-check.
var entries: [String] = []
for (number, index) in stride(from: 3, to: arguments.count, by: 2).enumerated() {
    let code = arguments[index]
    guard code.allSatisfy({ ("a"..."z").contains($0) }) else {
        FileHandle.standardError.write(Data("resume-embed: \(code) is not a language code\n".utf8))
        exit(2)
    }
    source += "let embeddedTranslation\(number): [UInt8] = " + arrayLiteral(of: arguments[index + 1])
    entries.append("(code: \"\(code)\", bytes: embeddedTranslation\(number))")
}
source += "let embeddedTranslations: [(code: String, bytes: [UInt8])] = [" + entries.joined(separator: ", ") + "]\n"
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: arguments[2]))
} catch {
    FileHandle.standardError.write(Data("resume-embed: cannot write \(arguments[2]): \(error)\n".utf8))
    exit(1)
}
