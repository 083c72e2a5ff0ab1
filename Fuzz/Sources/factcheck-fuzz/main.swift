import FactCheck
import Foundation

// factcheck-fuzz TARGET [libFuzzer options] [CORPUS…]: runs one target under libFuzzer.
// scripts/fuzz builds this with -sanitize=fuzzer,address and supplies the seed corpus.

let arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzTarget.named(arguments[1]) else {
    var usage = "usage: factcheck-fuzz TARGET [libFuzzer options] [CORPUS…]\ntargets:\n"
    for target in FuzzTarget.all { usage += "  \(target.name.padding(toLength: 14, withPad: " ", startingAt: 0)) \(target.summary)\n" }
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
}

/// The target libFuzzer runs (its C callback cannot capture it).
nonisolated(unsafe) var selected = target
// Build the shared rules and checker before the first input, so they are not charged to it; the
// WordNet lexicon too, which is parsed on first use (under AddressSanitizer on a busy machine that
// took over libFuzzer's 20 s per input, and the first document with a claim frame was a "timeout").
_ = Shared.checker
_ = WordNetLexicon.builtin

/// libFuzzer's callback, under the name its archive expects: linking the archive pulls in its
/// `main` object, which refers to this symbol even though our own `main` is the one that runs.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    selected.run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

// libFuzzer reads argv[0] and its own options; the target name is ours, so drop it.
let driverArguments = [arguments[0]] + arguments.dropFirst(2)
var cArguments: [UnsafeMutablePointer<CChar>?] = driverArguments.map { strdup($0) } + [nil]
var argc = Int32(driverArguments.count)
let status = cArguments.withUnsafeMutableBufferPointer { buffer in
    var argv = buffer.baseAddress
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in testOneInput(data, size) }
}
exit(status)
