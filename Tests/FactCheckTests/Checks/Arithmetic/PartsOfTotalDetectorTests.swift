import Testing
@testable import FactCheck

@Suite struct PartsOfTotalDetectorTests {
    static let detector = PartsOfTotalDetector(approximateSlack: ArithmeticTesting.settings.arithmeticApproximateTolerance, cues: ArithmeticTesting.cues)

    static let cases: [ArithmeticCase] = [
        // Disasters: a breakdown may be partial, so only parts beyond the total are flagged.
        .flag("Of the 301 structures destroyed, 214 were homes and 97 were outbuildings such as barns.", at: "301"),
        .clean("Of the 301 structures destroyed, 204 were homes and 97 were outbuildings such as barns."),
        .clean("Of the 301 structures destroyed, 180 were homes and 97 were outbuildings."),
        .flag("Of the 1,516 dead, 1,012 were in Tal Sera province, 386 in Barin province and 138 in Kesh province.", at: "1,516"),
        .clean("Of the 12.4 million registered voters, about 8.36 million cast a ballot."),
        .clean("Of the 500 staff, 300 work in London, including 120 engineers, and 180 in Paris."),
        // Budgets and lengths: the whole, so any difference.
        .flag("The $410m mission budget breaks down into $265m for the satellite, $118m for the launch and $37m for ground operations.", at: "$410m"),
        .clean("The $420m mission budget breaks down into $265m for the satellite, $118m for the launch and $37m for ground operations."),
        .flag("The crossing is made up of a 2.9 km bridge, 8.9 km of viaducts and a 6.2 km tunnel, 18.6 km in all.", at: "18.6 km"),
        .clean("The crossing is made up of a 2.9 km bridge, 9.5 km of viaducts and a 6.2 km tunnel, 18.6 km in all."),
        .clean("Kiptoo collects $50,000 for the win plus a $25,000 course-record bonus, a total of $75,000."),
        .flag("Kiptoo collects $50,000 for the win plus a $25,000 course-record bonus, a total of $85,000.", at: "$85,000"),
        // Sport and rounding.
        .clean("In his final season he scored 24 goals in 46 games in all competitions."),
        .clean("The club sold 12,000 season tickets and 3,000 memberships, about 15,000 in all."),
        // Lists opened right after the total: a colon, a dash, "of which", or a comma when the list closes the sentence.
        .flag("The fleet numbers 40 ships: 22 frigates and 16 corvettes.", at: "40"),
        .clean("The fleet numbers 38 ships: 22 frigates and 16 corvettes."),
        .flag("Seventeen climbers reached the summit - nine Nepalis and seven Britons.", at: "Seventeen"),
        .flag("The squad won 11 medals, three gold, four silver and five bronze.", at: "11"),
        .clean("The squad won 12 medals, three gold, four silver and five bronze."),
        .flag("The appeal raised $2.6m, of which $1.1m came from companies and $1.2m from the public.", at: "$2.6m"),
        .flag("Kessel freed 140 detainees and Ardmore 95, a total of 253.", at: "253"),
        // Traps: "including" is a subset; a comma list that runs on is not the whole.
        .clean("The squad won 11 medals, including three gold and four silver."),
        .clean("The fleet has 40 ships, 22 frigates and 16 corvettes among them, based in two ports."),
        // A list item is no total: "four gold, three silver and five bronze", splits of a relay.
        .clean("Kessel won four gold, three silver and five bronze."),
        .clean("The splits were 51.02, 50.44, 50.96 and 50.76 seconds."),
        // Different units are not parts.
        .clean("Of the 40 trucks, 12 carried 300 tonnes and 20 carried 450 tonnes."),
        // A sum names the parts of one list right before it: not its own total, an earlier figure of
        // the clause, another measure, or a duration after it.
        .clean("Crews of 46 council staff and 18 volunteers, 64 people in all, cleared the drains for two days."),
        .clean("The 12 boats carried 230 anglers and 15 guides, 245 people altogether, over three nights."),
        .clean("The ferry, licensed for 417, carried 186 passengers and six crew, 192 people in all."),
        .clean("Rescuers brought up 31 miners and four engineers, 35 men in all, after nine days underground."),
        .clean("Hale scored three goals and made two assists, making nine appearances in all competitions."),
        .flag("The ferry, licensed for 417, carried 186 passengers and six crew, 195 people in all.", at: "195"),
        .flag("Crews of 46 council staff and 18 volunteers, 66 people in all, cleared the drains for two days.", at: "66"),
        // "respectively": the figures are the parts, whatever they are attributed to.
        .clean("Labour and the Greens won 12 and 9 seats respectively, 21 in all."),
        .flag("The two clubs signed 14 and 8 players respectively, 24 in all.", at: "24"),
        .clean("Turnout was 61 and 58 per cent in 2019 and 2024 respectively."),
        // Parts in the following sentence, as a breakdown that may be partial: only a sum beyond the total.
        .flag("The 64 victims were all from the hill villages.\n38 were women, 19 were children and 9 were elderly men.", at: "64"),
        .clean("The 66 victims were all from the hill villages.\n38 were women, 19 were children and 9 were elderly men."),
        .clean("Police arrested 34 people.\n28 were later released, and 12 officers were hurt."),
        .clean("The 64 victims were all from the hill villages.\nSome 38 were women, and 30 of them were children, 13 of them girls."),
    ]

    @Test(arguments: cases)
    func detects(_ example: ArithmeticCase) throws {
        try ArithmeticTesting.expect(Self.detector, example)
    }
}
