/// GitHub's `primaryLocationLineHash`, computed the way github/codeql-action's upload-sarif does.
///
/// GitHub tracks alerts across runs by this key. The upload-sarif action fills it in when it is
/// missing, but an upload through the REST API does not, and the action warns when a value we
/// wrote disagrees with its own. So we compute the same value: a rolling hash (base 37, 64-bit
/// wrapping) over the next 100 UTF-16 code units from the start of each line, skipping spaces
/// and tabs, with CR and CRLF read as LF, then ":n" for the n-th line with that hash in the file.
enum LineHash {
    private static let blockSize = 100
    private static let mod: UInt64 = 37

    /// One hash per line of `text`, index 0 for line 1 (a lone CR also ends a line, as in the original).
    static func hashes(of text: String) -> [String] {
        let firstMod = (0..<blockSize).reduce(UInt64(1)) { acc, _ in acc &* mod }
        var window = [UInt64](repeating: 0, count: blockSize)
        var lineNumbers = [Int](repeating: -1, count: blockSize)
        var hash: UInt64 = 0
        var index = 0
        var lineNumber = 0
        var lineStart = true
        var previousCR = false
        var counts: [String: Int] = [:]
        var result: [String] = []

        func output() {
            let value = String(hash, radix: 16)
            let n = (counts[value] ?? 0) + 1
            counts[value] = n
            let line = lineNumbers[index]
            // Lines come out in order; keep the array indexable by line number anyway.
            while result.count < line { result.append("") }
            result[line - 1] = "\(value):\(n)"
            lineNumbers[index] = -1
        }

        func update(_ current: UInt64) {
            let begin = window[index]
            window[index] = current
            hash = mod &* hash &+ current &- firstMod &* begin
            index = (index + 1) % blockSize
        }

        func process(_ unit: UInt16) {
            var current = unit
            if current == 0x20 || current == 0x09 || (previousCR && current == 0x0A) {
                previousCR = false
                return
            }
            if current == 0x0D {
                current = 0x0A
                previousCR = true
            } else {
                previousCR = false
            }
            if lineNumbers[index] != -1 { output() }
            if lineStart {
                lineStart = false
                lineNumber += 1
                lineNumbers[index] = lineNumber
            }
            if current == 0x0A { lineStart = true }
            update(UInt64(current))
        }

        for unit in text.utf16 { process(unit) }
        process(0xFFFF)  // the end-of-file marker the original feeds in
        for _ in 0..<blockSize {
            if lineNumbers[index] != -1 { output() }
            update(0)
        }
        return result
    }
}
