import Foundation

/// JSON-RPC 2.0 as LSP uses it: requests, notifications, responses and errors, as Codable values.
public enum JSONRPC {
    /// A request id: a number or a string, echoed back exactly as received.
    public enum ID: Codable, Hashable, Sendable {
        case number(Int)
        case string(String)

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) {
                self = .number(number)
            } else {
                self = .string(try container.decode(String.self))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case let .number(number): try container.encode(number)
            case let .string(string): try container.encode(string)
            }
        }
    }

    /// The error codes this server answers with.
    public enum ErrorCode: Int, Codable, Sendable {
        case parseError = -32700
        case invalidRequest = -32600
        case methodNotFound = -32601
        case invalidParams = -32602
        case internalError = -32603
        case serverNotInitialized = -32002
        case requestFailed = -32803
    }

    /// The `error` member of a response.
    public struct ResponseError: Codable, Error, Sendable, Equatable {
        public var code: Int
        public var message: String

        public init(_ code: ErrorCode, _ message: String) {
            self.code = code.rawValue
            self.message = message
        }
    }

    /// A message as read off the wire, classified by its members; params are decoded later, by method.
    public struct Incoming: Sendable {
        /// What a message is, by its members.
        public enum Kind: Sendable, Equatable {
            case request(id: ID, method: String)
            case notification(method: String)
            /// A client's answer to a request of ours (`client/registerCapability`).
            case response(id: ID?)
        }

        public var kind: Kind
        /// The whole message, for decoding `params` once the method says their type.
        public var body: Data

        /// Classifies a body; a body that is not JSON is a parse error, JSON that is not a message an invalid request.
        public static func parse(_ body: Data) -> Result<Incoming, ResponseError> {
            let envelope: Envelope
            do {
                envelope = try JSONDecoder().decode(Envelope.self, from: body)
            } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
                return .failure(ResponseError(.parseError, "Parse error: the message is not JSON"))
            } catch {
                return .failure(ResponseError(.invalidRequest, "Invalid request: \(Self.describe(error))"))
            }
            switch (envelope.id, envelope.method) {
            case let (id?, method?): return .success(Incoming(kind: .request(id: id, method: method), body: body))
            case let (nil, method?): return .success(Incoming(kind: .notification(method: method), body: body))
            case (let id, nil) where envelope.isResponse: return .success(Incoming(kind: .response(id: id), body: body))
            default: return .failure(ResponseError(.invalidRequest, "Invalid request: no method"))
            }
        }

        /// The message's `params` as `P`, or an invalid-params error naming what is wrong.
        public func params<P: Decodable>(_ type: P.Type) -> Result<P, ResponseError> {
            do {
                return .success(try JSONDecoder().decode(WithParams<P>.self, from: body).params)
            } catch {
                return .failure(ResponseError(.invalidParams, "Invalid params: \(Self.describe(error))"))
            }
        }

        /// A decoding error in a sentence: what was wrong, and where.
        static func describe(_ error: any Error) -> String {
            func path(_ context: DecodingError.Context) -> String {
                let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                return keys.isEmpty ? "" : " at \(keys.hasPrefix(".") ? String(keys.dropFirst()) : keys)"
            }
            switch error {
            case let DecodingError.keyNotFound(key, context): return "missing '\(key.stringValue)'\(path(context))"
            case let DecodingError.typeMismatch(type, context): return "expected \(type)\(path(context))"
            case let DecodingError.valueNotFound(type, context): return "expected \(type)\(path(context))"
            case let DecodingError.dataCorrupted(context): return context.debugDescription + path(context)
            default: return "\(error)"
            }
        }

        private struct Envelope: Decodable {
            var id: ID?
            var method: String?
            var isResponse: Bool

            enum CodingKeys: String, CodingKey { case id, method, result, error }

            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                id = try container.decodeIfPresent(ID.self, forKey: .id)
                method = try container.decodeIfPresent(String.self, forKey: .method)
                isResponse = container.contains(.result) || container.contains(.error)
            }
        }

        private struct WithParams<P: Decodable>: Decodable {
            var params: P
        }
    }

    /// A successful response; `result` is written as `null` when nil, as the protocol requires.
    public struct Response<Result: Encodable>: Encodable {
        public var id: ID
        public var result: Result?

        enum CodingKeys: String, CodingKey { case jsonrpc, id, result }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("2.0", forKey: .jsonrpc)
            try container.encode(id, forKey: .id)
            if let result { try container.encode(result, forKey: .result) } else { try container.encodeNil(forKey: .result) }
        }
    }

    /// An error response; the id is `null` when the request's id could not be read.
    public struct ErrorResponse: Encodable {
        public var id: ID?
        public var error: ResponseError

        enum CodingKeys: String, CodingKey { case jsonrpc, id, error }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("2.0", forKey: .jsonrpc)
            if let id { try container.encode(id, forKey: .id) } else { try container.encodeNil(forKey: .id) }
            try container.encode(error, forKey: .error)
        }
    }

    /// A notification to the client (`textDocument/publishDiagnostics`, `window/logMessage`).
    public struct Notification<Params: Encodable>: Encodable {
        public var jsonrpc = "2.0"
        public var method: String
        public var params: Params
    }

    /// A request to the client (`client/registerCapability`).
    public struct Request<Params: Encodable>: Encodable {
        public var jsonrpc = "2.0"
        public var id: ID
        public var method: String
        public var params: Params
    }
}
