/// One document read and checked: its quantities and its own findings.
public struct DocumentAnalysis: Sendable {
    public var document: Document
    public var quantities: [Quantity]
    public var findings: [Finding]
    public var warnings: [InputWarning]
}
