extension LSP {
    /// 1 error, 2 warning, 3 information, 4 hint.
    public enum DiagnosticSeverity: Int, Codable, Sendable {
        case error = 1, warning, information, hint

        /// A finding's level as the editor shows it: a note is information, not a hint (hints are often invisible).
        public init(_ level: Level) {
            switch level {
            case .error: self = .error
            case .warning: self = .warning
            case .note: self = .information
            }
        }
    }

    /// Where a diagnostic's rule is documented.
    public struct CodeDescription: Codable, Sendable, Equatable {
        public var href: String
    }

    /// Another claim of a finding: where it is, and what it says.
    public struct DiagnosticRelatedInformation: Codable, Sendable, Equatable {
        public var location: Location
        public var message: String
    }

    /// One underline in a document, from one finding.
    public struct Diagnostic: Codable, Sendable, Equatable {
        public var range: Range
        public var severity: DiagnosticSeverity
        /// The rule id.
        public var code: String
        public var codeDescription: CodeDescription?
        public var source: String
        public var message: String
        public var relatedInformation: [DiagnosticRelatedInformation]?
    }

    /// `textDocument/publishDiagnostics`: every diagnostic of a document at a version.
    public struct PublishDiagnosticsParams: Codable, Sendable {
        public var uri: String
        public var version: Int?
        public var diagnostics: [Diagnostic]
    }
}
