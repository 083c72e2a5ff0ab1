import Foundation
import Testing
@testable import FactCheck

/// Messages classified by their members; responses written as the protocol requires.
@Suite struct JSONRPCTests {
    private func parse(_ json: String) -> Result<JSONRPC.Incoming, JSONRPC.ResponseError> {
        JSONRPC.Incoming.parse(Data(json.utf8))
    }

    private func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func requestsNotificationsAndResponsesAreTold() throws {
        #expect(try parse(#"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#).get().kind == .request(id: .number(3), method: "shutdown"))
        #expect(try parse(#"{"jsonrpc":"2.0","id":"a","method":"x"}"#).get().kind == .request(id: .string("a"), method: "x"))
        #expect(try parse(#"{"jsonrpc":"2.0","method":"exit"}"#).get().kind == .notification(method: "exit"))
        #expect(try parse(#"{"jsonrpc":"2.0","id":1,"result":null}"#).get().kind == .response(id: .number(1)))
    }

    @Test func badInputIsAParseErrorOrAnInvalidRequest() {
        #expect(parse("{nope").failure?.code == JSONRPC.ErrorCode.parseError.rawValue)
        #expect(parse("[1, 2]").failure?.code == JSONRPC.ErrorCode.invalidRequest.rawValue)
        #expect(parse(#"{"jsonrpc":"2.0","id":1}"#).failure?.code == JSONRPC.ErrorCode.invalidRequest.rawValue)
    }

    @Test func paramsOfTheWrongShapeAreInvalidParamsNamingTheMember() throws {
        let message = try parse(#"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{"textDocument":{"uri":"u"},"position":{"line":"x"}}}"#).get()
        let error = try #require(message.params(LSP.TextDocumentPositionParams.self).failure)
        #expect(error.code == JSONRPC.ErrorCode.invalidParams.rawValue)
        #expect(error.message.contains("position.line"), "\(error.message)")
    }

    @Test func aNullResultAndANullIdAreWrittenOut() throws {
        #expect(try encoded(JSONRPC.Response<Bool>(id: .number(2), result: nil)) == #"{"id":2,"jsonrpc":"2.0","result":null}"#)
        #expect(try encoded(JSONRPC.ErrorResponse(id: nil, error: JSONRPC.ResponseError(.parseError, "bad")))
                == #"{"error":{"code":-32700,"message":"bad"},"id":null,"jsonrpc":"2.0"}"#)
    }
}

extension Result {
    var failure: Failure? {
        if case let .failure(error) = self { return error }
        return nil
    }
}
