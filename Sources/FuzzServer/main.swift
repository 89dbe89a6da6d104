/// libFuzzer entry: the input as an SSH channel request packet and as exec, TERM and
/// window-size values (see `ServerInputs`). Built only by `scripts/fuzz`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzServer(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    ServerInputs.feed(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
