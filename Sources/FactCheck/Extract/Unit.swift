/// A unit of measure, from `rules/units.yml` (or built in: count, date).
public struct Unit: Sendable, Hashable {
    /// Canonical id: "km", "mi", "h", "%", "USD", "star", "count", "date".
    public var id: String
    /// "length", "mass", "currency", "percent", "count", "date", "rank", …
    public var dimension: String
    /// Base units per one of this unit (km → 1000 when the base is m).
    public var factor: Double
    /// Added after scaling, for temperatures (°F → °C).
    public var offset: Double
    /// The dimension's base unit id.
    public var baseId: String

    public init(id: String, dimension: String, factor: Double = 1, offset: Double = 0, baseId: String? = nil) {
        self.id = id
        self.dimension = dimension
        self.factor = factor
        self.offset = offset
        self.baseId = baseId ?? id
    }

    public func toBase(_ value: Double) -> Double { value * factor + offset }
    public func fromBase(_ value: Double) -> Double { (value - offset) / factor }

    public static let count = Unit(id: "count", dimension: "count")
    public static let date = Unit(id: "date", dimension: "date")
}
