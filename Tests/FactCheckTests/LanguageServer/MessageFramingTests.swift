import Testing
@testable import FactCheck

/// Content-Length framing: bodies come out whole however the bytes are split.
@Suite struct MessageFramingTests {
    private let first = #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"x":"日本 👨‍👩‍👧"}}"#
    private let second = #"{"jsonrpc":"2.0","method":"initialized","params":{}}"#

    @Test func bodiesComeOutWholeAtEverySplitPoint() {
        let stream = MessageFraming.frame(Array(first.utf8)) + Array("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n".utf8)
            + MessageFraming.frame(Array(second.utf8))
        for split in 0...stream.count {
            var framing = MessageFraming()
            var bodies: [String] = []
            for part in [stream[0..<split], stream[split...]] {
                framing.append(part)
                while case let .body(body)? = framing.next() { bodies.append(String(decoding: body, as: UTF8.self)) }
            }
            #expect(bodies == [first, second], "split at \(split)")
        }
    }

    @Test func lengthCountsBytesNotCharacters() {
        let framed = String(decoding: MessageFraming.frame(Array("é👍".utf8)), as: UTF8.self)
        #expect(framed == "Content-Length: 6\r\n\r\né👍")
    }

    @Test func aHeaderWithoutContentLengthIsSkippedAndReadingGoesOn() {
        var framing = MessageFraming()
        framing.append(Array("X-Nonsense: 1\r\n\r\ncontent-length:  2 \r\n\r\n{}".utf8))
        #expect(framing.next() == .badHeader("a message header without a valid Content-Length"))
        #expect(framing.next() == .body(Array("{}".utf8)))
        #expect(framing.next() == nil)
    }

    @Test func afterANegativeContentLengthReadingResumesAtTheNextHeaderNotInTheBody() {
        var framing = MessageFraming()
        framing.append(Array("Content-Length: -5\r\n\r\n{\"jsonrpc\":\"2.0\"}".utf8) + MessageFraming.frame(Array(second.utf8)))
        #expect(framing.next() == .badHeader("a message header without a valid Content-Length"))
        #expect(framing.next() == .body(Array(second.utf8)))
        #expect(framing.next() == nil)
    }

    @Test func aContentLengthOverTheLimitIsAnErrorNotAWaitForever() {
        var framing = MessageFraming()
        framing.append(Array("Content-Length: 99999999999\r\n\r\n{}".utf8))
        #expect(framing.next() == .badHeader("Content-Length 99999999999 is over the 64 MiB a message may have"))
        #expect(framing.next() == nil)
        // Bytes of the skipped body arrive in pieces; the next header is still found.
        let next = MessageFraming.frame(Array(second.utf8))
        framing.append(next[0..<7])
        #expect(framing.next() == nil)
        framing.append(next[7...])
        #expect(framing.next() == .body(Array(second.utf8)))
    }

    @Test func aHeaderThatNeverEndsIsAnError() {
        var framing = MessageFraming()
        framing.append(Array(repeating: UInt8(ascii: "x"), count: MessageFraming.maxHeaderLength + 10))
        #expect(framing.next() == .badHeader("a message header longer than \(MessageFraming.maxHeaderLength) bytes"))
        framing.append(MessageFraming.frame(Array(first.utf8)))
        #expect(framing.next() == .body(Array(first.utf8)))
    }
}
