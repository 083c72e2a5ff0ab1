import CPCRE2

/// A compiled PCRE2 pattern over UTF-8 bytes: immutable, shared across tasks.
///
/// Compiled with UTF and UCP, JIT-compiled when the platform allows (the interpreter
/// is used otherwise). Matching needs a ``MatchScratch`` owned by the calling task.
public final class Pattern: @unchecked Sendable {
    public struct Options: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let caseless = Options(rawValue: 1)
    }

    public let source: String
    public let origin: PatternOrigin?
    /// Capture group index by name.
    public let groupNames: [String: Int]
    public let groupCount: Int
    public let isJITCompiled: Bool
    let code: OpaquePointer

    public init(_ source: String, options: Options = [], origin: PatternOrigin? = nil) throws(RegexError) {
        var flags = cpcre2_utf() | cpcre2_ucp()
        if options.contains(.caseless) { flags |= cpcre2_caseless() }
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        let compiled = source.withCString { pointer in
            pointer.withMemoryRebound(to: UInt8.self, capacity: source.utf8.count) { bytes in
                pcre2_compile_8(bytes, source.utf8.count, flags, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            throw .compile(pattern: source, offset: errorOffset, message: Pattern.message(for: errorCode), origin: origin)
        }
        self.code = compiled
        self.source = source
        self.origin = origin
        // A JIT failure (unsupported platform, no executable memory) only means the interpreter runs.
        self.isJITCompiled = pcre2_jit_compile_8(compiled, cpcre2_jit_complete()) == 0

        var captureCount: UInt32 = 0
        pcre2_pattern_info_8(compiled, cpcre2_info_capturecount(), &captureCount)
        self.groupCount = Int(captureCount)
        self.groupNames = Pattern.readNameTable(compiled)
    }

    deinit { pcre2_code_free_8(code) }

    /// The first match at or after `start` in `subject` (UTF-8, already validated).
    ///
    /// With `anchored`, the match must begin exactly at `start`.
    public func firstMatch(
        in subject: UnsafeBufferPointer<UInt8>, from start: Int, anchored: Bool = false,
        notEmptyAtStart: Bool = false, scratch: MatchScratch
    ) throws(RegexError) -> Match? {
        var flags = cpcre2_no_utf_check()
        if anchored { flags |= cpcre2_anchored() }
        if notEmptyAtStart { flags |= cpcre2_notempty_atstart() }
        let data = scratch.data(forGroups: groupCount)
        let base = subject.baseAddress ?? UnsafePointer(bitPattern: 1)!
        let rc = pcre2_match_8(code, base, subject.count, start, flags, data, scratch.context)
        if rc == cpcre2_error_nomatch() { return nil }
        if rc == cpcre2_error_matchlimit() || rc == cpcre2_error_depthlimit() || rc == cpcre2_error_jit_stacklimit() {
            throw .limitExceeded(pattern: source, message: Pattern.message(for: rc), origin: origin)
        }
        if rc < 0 { throw .matchFailed(code: rc, message: Pattern.message(for: rc)) }
        let ovector = pcre2_get_ovector_pointer_8(data)!
        let unset = cpcre2_unset()
        var groups = [Range<Int>?](repeating: nil, count: groupCount + 1)
        for index in 0...groupCount where index < Int(rc) {
            let lower = ovector[2 * index], upper = ovector[2 * index + 1]
            if lower != unset { groups[index] = Int(lower)..<Int(upper) }
        }
        // The name of the last (*MARK:NAME) on the matching path: which alternative matched (GlobSet).
        let mark = pcre2_get_mark_8(data).map { String(cString: $0) }
        return Match(groups: groups, pattern: self, mark: mark)
    }

    /// Every non-overlapping match in `subject` at or after `from`, in order (pcre2demo's global loop).
    public func allMatches(
        in subject: UnsafeBufferPointer<UInt8>, from: Int = 0, scratch: MatchScratch
    ) throws(RegexError) -> [Match] {
        var result: [Match] = []
        var start = from
        var afterEmpty = false
        while start <= subject.count {
            // After an empty match, first try a non-empty one at the same place, then move on.
            let match = try firstMatch(in: subject, from: start, anchored: afterEmpty, notEmptyAtStart: afterEmpty, scratch: scratch)
            guard let match else {
                if !afterEmpty { break }
                start = UTF8Scalars.nextBoundary(after: start, in: subject)
                afterEmpty = false
                continue
            }
            result.append(match)
            start = match.range.upperBound
            afterEmpty = match.range.isEmpty
        }
        return result
    }

    /// The first match in a Swift string's UTF-8, or nil.
    public func firstMatch(in text: String, scratch: MatchScratch = MatchScratch()) throws(RegexError) -> Match? {
        var copy = text
        let result: Result<Match?, RegexError> = copy.withUTF8 { buffer in
            do throws(RegexError) { return .success(try firstMatch(in: buffer, from: 0, scratch: scratch)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// Convenience for tests and small inputs: matches over a Swift string's UTF-8.
    public func allMatches(in text: String, scratch: MatchScratch = MatchScratch()) throws(RegexError) -> [Match] {
        var copy = text
        let result: Result<[Match], RegexError> = copy.withUTF8 { buffer in
            do throws(RegexError) { return .success(try allMatches(in: buffer, scratch: scratch)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        return length > 0 ? String(decoding: buffer.prefix(Int(length)), as: UTF8.self) : "error \(code)"
    }

    private static func readNameTable(_ code: OpaquePointer) -> [String: Int] {
        var count: UInt32 = 0, entrySize: UInt32 = 0
        var table: UnsafePointer<UInt8>?
        pcre2_pattern_info_8(code, cpcre2_info_namecount(), &count)
        guard count > 0 else { return [:] }
        pcre2_pattern_info_8(code, cpcre2_info_nameentrysize(), &entrySize)
        pcre2_pattern_info_8(code, cpcre2_info_nametable(), &table)
        guard let table else { return [:] }
        var names: [String: Int] = [:]
        for entry in 0..<Int(count) {
            let row = table + entry * Int(entrySize)
            // Each entry: a big-endian 16-bit group number, then the NUL-terminated name.
            let number = Int(row[0]) << 8 | Int(row[1])
            let nameStart = row + 2
            var length = 0
            while length < Int(entrySize) - 2, nameStart[length] != 0 { length += 1 }
            names[String(decoding: UnsafeBufferPointer(start: nameStart, count: length), as: UTF8.self)] = number
        }
        return names
    }
}

/// One match: byte ranges of the whole match (group 0) and each capture group.
public struct Match: Sendable {
    public let groups: [Range<Int>?]
    /// The name of the last `(*MARK:NAME)` passed on the way to this match, if any.
    public let mark: String?
    let namesByIndex: [String: Int]

    init(groups: [Range<Int>?], pattern: Pattern, mark: String?) {
        self.groups = groups
        self.mark = mark
        self.namesByIndex = pattern.groupNames
    }

    public var range: Range<Int> { groups[0]! }

    public subscript(name: String) -> Range<Int>? {
        guard let index = namesByIndex[name], index < groups.count else { return nil }
        return groups[index]
    }

    public subscript(index: Int) -> Range<Int>? { index < groups.count ? groups[index] : nil }
}

/// Per-task match state: a reusable match-data block and the match/depth limits.
///
/// Not shareable: each task (each document worker) makes its own.
public final class MatchScratch {
    /// Backtracking budget per match; a pattern that needs more is reported, not run forever.
    public static let defaultMatchLimit: UInt32 = 1_000_000
    public static let defaultDepthLimit: UInt32 = 10_000

    let context: OpaquePointer
    private var matchData: OpaquePointer
    private var capacity: Int

    public init(matchLimit: UInt32 = MatchScratch.defaultMatchLimit, depthLimit: UInt32 = MatchScratch.defaultDepthLimit) {
        context = pcre2_match_context_create_8(nil)!
        pcre2_set_match_limit_8(context, matchLimit)
        pcre2_set_depth_limit_8(context, depthLimit)
        capacity = 32
        matchData = pcre2_match_data_create_8(UInt32(capacity), nil)!
    }

    deinit {
        pcre2_match_data_free_8(matchData)
        pcre2_match_context_free_8(context)
    }

    func data(forGroups groups: Int) -> OpaquePointer {
        if groups + 1 > capacity {
            pcre2_match_data_free_8(matchData)
            capacity = groups + 1
            matchData = pcre2_match_data_create_8(UInt32(capacity), nil)!
        }
        return matchData
    }
}
