// Build-time tool of the EmbedResume plugin: writes resume.md as a Swift byte array.
//
// Bytes, not a string literal: a string literal would normalize CRLF and could not hold
// invalid UTF-8, and the embedded copy must be byte-for-byte the file that the parser
// and `resume-tui check` see.
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: resume-embed INPUT OUTPUT\n".utf8))
    exit(2)
}
guard let data = FileManager.default.contents(atPath: arguments[1]) else {
    FileHandle.standardError.write(Data("resume-embed: cannot read \(arguments[1])\n".utf8))
    exit(1)
}
var source = "// Generated from resume.md by the EmbedResume plugin. Do not edit.\n"
source += "let embeddedBytes: [UInt8] = [\n"
let bytes = [UInt8](data)
var index = 0
while index < bytes.count {
    let row = bytes[index..<min(index + 24, bytes.count)].map { String($0) }.joined(separator: ",")
    source += "    \(row),\n"
    index += 24
}
source += "]\n"
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: arguments[2]))
} catch {
    FileHandle.standardError.write(Data("resume-embed: cannot write \(arguments[2]): \(error)\n".utf8))
    exit(1)
}
