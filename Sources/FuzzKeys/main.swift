import ResumeContent
import ResumeModel
import TerminalUI

/// libFuzzer entry: the input as a stream of `get_wch` results, decoded and reduced on
/// the real résumé (see `FuzzEntry.feed`). Built only by `scripts/fuzz`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeys(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    // Parsed on the first call only (an autoclosure); the embedded résumé always parses.
    FuzzEntry.feed(Array(UnsafeBufferPointer(start: data, count: size)),
                   resume: ResumeParser.parse(ResumeContent.bytes).resume)
    return 0
}
