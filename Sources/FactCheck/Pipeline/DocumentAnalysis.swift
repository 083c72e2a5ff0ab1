/// One document read and checked: its quantities and its own findings.
public struct DocumentAnalysis: Sendable {
    public var document: Document
    public var quantities: [Quantity]
    /// The quantities with what identifies them, for the checks across documents.
    public var facts: [Fact]
    public var findings: [Finding]
    public var warnings: [InputWarning]
    /// Its suppression comments, applied once every document's findings are in.
    public var directives: [SuppressionDirective]
}
