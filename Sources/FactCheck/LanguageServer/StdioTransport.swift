import Foundation

/// Moves framed messages over file descriptors (standard input and output for `factcheck lsp`).
public enum StdioTransport {
    /// The items read from `descriptor`, in order; the stream ends at end of input or a read error
    /// (the client went away). Reading blocks, so it has a thread of its own.
    public static func items(from descriptor: Int32 = STDIN_FILENO) -> AsyncStream<MessageFraming.Item> {
        AsyncStream { continuation in
            let thread = Thread {
                var framing = MessageFraming()
                var chunk = [UInt8](repeating: 0, count: 65_536)
                while true {
                    let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                    if count < 0, errno == EINTR { continue }
                    guard count > 0 else { break }
                    framing.append(chunk[0..<count])
                    while let item = framing.next() { continuation.yield(item) }
                }
                continuation.finish()
            }
            thread.start()
        }
    }

    /// Writes all of `bytes` to `descriptor`; gives up silently when the client is gone (the read side
    /// then ends the server).
    @Sendable public static func write(_ bytes: [UInt8], to descriptor: Int32 = STDOUT_FILENO) {
        var offset = 0
        bytes.withUnsafeBytes { buffer in
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}
