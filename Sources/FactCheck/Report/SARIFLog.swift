/// The subset of SARIF 2.1.0 that FactCheck writes; optional properties are left out when nil.
public struct SARIFLog: Sendable, Equatable, Codable {
    public var schema: String
    public var version: String
    public var runs: [Run]

    public init(schema: String = "https://json.schemastore.org/sarif-2.1.0.json", version: String = "2.1.0", runs: [Run]) {
        self.schema = schema
        self.version = version
        self.runs = runs
    }

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    /// One run of one tool.
    public struct Run: Sendable, Equatable, Codable {
        public var tool: Tool
        public var invocations: [Invocation]?
        public var originalUriBaseIds: [String: ArtifactLocation]?
        /// "utf16CodeUnits" or "unicodeCodePoints": what startColumn/endColumn count.
        public var columnKind: String?
        /// Always present, even when empty: GitHub rejects a run without it.
        public var results: [Result]

        public init(tool: Tool, invocations: [Invocation]? = nil, originalUriBaseIds: [String: ArtifactLocation]? = nil,
                    columnKind: String? = nil, results: [Result]) {
            self.tool = tool
            self.invocations = invocations
            self.originalUriBaseIds = originalUriBaseIds
            self.columnKind = columnKind
            self.results = results
        }
    }

    public struct Tool: Sendable, Equatable, Codable {
        public var driver: ToolComponent

        public init(driver: ToolComponent) { self.driver = driver }
    }

    public struct ToolComponent: Sendable, Equatable, Codable {
        public var name: String
        public var version: String?
        public var semanticVersion: String?
        public var informationUri: String?
        public var rules: [ReportingDescriptor]?

        public init(name: String, version: String? = nil, semanticVersion: String? = nil,
                    informationUri: String? = nil, rules: [ReportingDescriptor]? = nil) {
            self.name = name
            self.version = version
            self.semanticVersion = semanticVersion
            self.informationUri = informationUri
            self.rules = rules
        }
    }

    /// A rule's metadata (`tool.driver.rules[]`).
    public struct ReportingDescriptor: Sendable, Equatable, Codable {
        public var id: String
        public var name: String?
        public var shortDescription: Message?
        public var fullDescription: Message?
        public var help: Message?
        public var helpUri: String?
        public var defaultConfiguration: ReportingConfiguration?
        public var properties: RuleProperties?

        public init(id: String, name: String? = nil, shortDescription: Message? = nil, fullDescription: Message? = nil,
                    help: Message? = nil, helpUri: String? = nil, defaultConfiguration: ReportingConfiguration? = nil,
                    properties: RuleProperties? = nil) {
            self.id = id
            self.name = name
            self.shortDescription = shortDescription
            self.fullDescription = fullDescription
            self.help = help
            self.helpUri = helpUri
            self.defaultConfiguration = defaultConfiguration
            self.properties = properties
        }
    }

    public struct ReportingConfiguration: Sendable, Equatable, Codable {
        public var level: Level?

        public init(level: Level?) { self.level = level }
    }

    /// The property bag keys GitHub reads from a rule.
    public struct RuleProperties: Sendable, Equatable, Codable {
        public var tags: [String]?
        public var precision: String?

        public init(tags: [String]?, precision: String?) {
            self.tags = tags
            self.precision = precision
        }
    }

    /// A message or multiformat message string: plain text (with `[text](id)` links) and optional Markdown.
    public struct Message: Sendable, Equatable, Codable {
        public var text: String?
        public var markdown: String?

        public init(text: String?, markdown: String? = nil) {
            self.text = text
            self.markdown = markdown
        }
    }

    public struct Result: Sendable, Equatable, Codable {
        public var ruleId: String
        public var ruleIndex: Int?
        public var level: Level?
        public var message: Message
        public var locations: [Location]
        public var relatedLocations: [Location]?
        public var partialFingerprints: [String: String]?
        public var fixes: [Fix]?
        public var suppressions: [Suppression]?

        public init(ruleId: String, ruleIndex: Int? = nil, level: Level? = nil, message: Message, locations: [Location],
                    relatedLocations: [Location]? = nil, partialFingerprints: [String: String]? = nil, fixes: [Fix]? = nil,
                    suppressions: [Suppression]? = nil) {
            self.ruleId = ruleId
            self.ruleIndex = ruleIndex
            self.level = level
            self.message = message
            self.locations = locations
            self.relatedLocations = relatedLocations
            self.partialFingerprints = partialFingerprints
            self.fixes = fixes
            self.suppressions = suppressions
        }
    }

    /// Why a result is not an open problem (SARIF 3.35): `inSource` comment or `external` baseline.
    public struct Suppression: Sendable, Equatable, Codable {
        public var kind: String
        public var status: String
        public var justification: String?

        public init(kind: String, status: String = "accepted", justification: String? = nil) {
            self.kind = kind
            self.status = status
            self.justification = justification
        }
    }

    public struct Location: Sendable, Equatable, Codable {
        /// Unique within a result; what `[text](id)` links in the result message point at.
        public var id: Int?
        public var physicalLocation: PhysicalLocation?
        public var message: Message?

        public init(id: Int? = nil, physicalLocation: PhysicalLocation?, message: Message? = nil) {
            self.id = id
            self.physicalLocation = physicalLocation
            self.message = message
        }
    }

    public struct PhysicalLocation: Sendable, Equatable, Codable {
        public var artifactLocation: ArtifactLocation
        public var region: Region?

        public init(artifactLocation: ArtifactLocation, region: Region?) {
            self.artifactLocation = artifactLocation
            self.region = region
        }
    }

    public struct ArtifactLocation: Sendable, Equatable, Codable {
        public var uri: String?
        public var uriBaseId: String?

        public init(uri: String?, uriBaseId: String? = nil) {
            self.uri = uri
            self.uriBaseId = uriBaseId
        }
    }

    /// A text region (lines and columns in the run's columnKind) that may also carry its byte range.
    public struct Region: Sendable, Equatable, Codable {
        public var startLine: Int?
        public var startColumn: Int?
        public var endLine: Int?
        /// One past the region's last column, as SARIF counts.
        public var endColumn: Int?
        public var byteOffset: Int?
        public var byteLength: Int?
        public var snippet: ArtifactContent?

        public init(startLine: Int? = nil, startColumn: Int? = nil, endLine: Int? = nil, endColumn: Int? = nil,
                    byteOffset: Int? = nil, byteLength: Int? = nil, snippet: ArtifactContent? = nil) {
            self.startLine = startLine
            self.startColumn = startColumn
            self.endLine = endLine
            self.endColumn = endColumn
            self.byteOffset = byteOffset
            self.byteLength = byteLength
            self.snippet = snippet
        }
    }

    public struct ArtifactContent: Sendable, Equatable, Codable {
        public var text: String?

        public init(text: String?) { self.text = text }
    }

    public struct Fix: Sendable, Equatable, Codable {
        public var description: Message?
        public var artifactChanges: [ArtifactChange]

        public init(description: Message?, artifactChanges: [ArtifactChange]) {
            self.description = description
            self.artifactChanges = artifactChanges
        }
    }

    public struct ArtifactChange: Sendable, Equatable, Codable {
        public var artifactLocation: ArtifactLocation
        public var replacements: [Replacement]

        public init(artifactLocation: ArtifactLocation, replacements: [Replacement]) {
            self.artifactLocation = artifactLocation
            self.replacements = replacements
        }
    }

    public struct Replacement: Sendable, Equatable, Codable {
        public var deletedRegion: Region
        public var insertedContent: ArtifactContent?

        public init(deletedRegion: Region, insertedContent: ArtifactContent?) {
            self.deletedRegion = deletedRegion
            self.insertedContent = insertedContent
        }
    }

    public struct Invocation: Sendable, Equatable, Codable {
        public var executionSuccessful: Bool
        public var exitCode: Int?
        public var commandLine: String?
        public var workingDirectory: ArtifactLocation?
        /// Inputs that were skipped, and input warnings: what happened besides the results.
        public var toolExecutionNotifications: [Notification]?

        public init(executionSuccessful: Bool, exitCode: Int? = nil, commandLine: String? = nil,
                    workingDirectory: ArtifactLocation? = nil, toolExecutionNotifications: [Notification]? = nil) {
            self.executionSuccessful = executionSuccessful
            self.exitCode = exitCode
            self.commandLine = commandLine
            self.workingDirectory = workingDirectory
            self.toolExecutionNotifications = toolExecutionNotifications
        }
    }

    /// A message about the run rather than the documents (SARIF 3.58).
    public struct Notification: Sendable, Equatable, Codable {
        public var message: Message
        /// "note" or "warning".
        public var level: String
        public var locations: [Location]?

        public init(message: Message, level: String, locations: [Location]? = nil) {
            self.message = message
            self.level = level
            self.locations = locations
        }
    }
}
