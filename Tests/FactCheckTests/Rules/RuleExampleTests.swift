import Testing
@testable import FactCheck

/// Runs every example carried by every rule entry: where `↓` marks a quantity, one must start
/// there (with the entry's unit); counterexamples yield no quantity except at their marker.
/// Each runs again after a multi-byte prefix and must land on the same characters.
@Suite struct RuleExampleTests {
    static let prefixes = ["", "日本 👨‍👩‍👧 "]

    static var quantityExamples: [RuleExample] {
        Fixtures.rules.allExamples.filter { if case .quantity = $0.kind { true } else { false } }
    }

    static var counterexamples: [RuleExample] {
        Fixtures.rules.allExamples.filter { $0.kind == .counterexample }
    }

    @Test(arguments: quantityExamples)
    func quantityStartsAtMarker(example: RuleExample) throws {
        for prefix in Self.prefixes {
            let quantities = try Fixtures.quantities(prefix + example.text)
            let marker = prefix.utf8.count + example.markerOffset!
            let hit = quantities.first { $0.span.lowerBound == marker }
            #expect(hit != nil, "\(example.origin): no quantity starts at ↓ in \"\(example.text)\"; found \(quantities.map { "\($0.value) \($0.unit.id)@\($0.span.lowerBound - prefix.utf8.count)" })")
            if case let .quantity(unit?) = example.kind, let hit {
                #expect(hit.unit.id == unit, "\(example.origin): expected unit \(unit), got \(hit.unit.id) in \"\(example.text)\"")
            }
        }
    }

    static var frameExamples: [RuleExample] {
        Fixtures.rules.allExamples.filter { if case .frame = $0.kind { true } else { false } }
    }

    @Test(arguments: frameExamples)
    func frameSlotAtMarker(example: RuleExample) throws {
        guard case let .frame(slot, value) = example.kind else { return }
        for prefix in Self.prefixes {
            let facts = try Fixtures.facts(prefix + example.text)
            let marker = prefix.utf8.count + example.markerOffset!
            let hit = facts.first { $0.quantity.span.lowerBound == marker }
            #expect(hit != nil, "\(example.origin): no quantity starts at ↓ in \"\(example.text)\"")
            guard let hit else { continue }
            let actual = switch slot {
            case "event": hit.frame.event
            case "measure": hit.frame.measure
            default: hit.frame.role
            }
            #expect(actual == value, "\(example.origin): expected \(slot) \(value), got \(actual ?? "none") in \"\(example.text)\"")
        }
    }

    @Test(arguments: counterexamples)
    func counterexampleHasNoOtherQuantity(example: RuleExample) throws {
        // A line break ends the prefix: some exclusions (list markers) hold only at a line start.
        for prefix in Self.prefixes.map({ $0.isEmpty ? $0 : $0 + "\n" }) {
            let quantities = try Fixtures.quantities(prefix + example.text)
            let allowed = example.markerOffset.map { prefix.utf8.count + $0 }
            let unexpected = quantities.filter { $0.span.lowerBound != allowed && $0.unit.dimension != "date" }
            #expect(unexpected.isEmpty, "\(example.origin): \"\(example.text)\" should have no quantity, found \(unexpected.map { "\($0.value) \($0.unit.id)" })")
        }
    }
}

extension RuleExample: CustomTestStringConvertible {
    public var testDescription: String { "\(origin) \(text)" }
}
