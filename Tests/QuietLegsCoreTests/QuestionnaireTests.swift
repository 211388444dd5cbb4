import Testing

@testable import QuietLegsCore

@Suite("Cramp or RLS questionnaire")
struct QuestionnaireTests {
  typealias Q = CrampOrRLSQuestionnaire

  func answers(_ pairs: [String: Q.Answer]) -> Q.Result { Q.evaluate(pairs) }

  @Test("all five IRLSSG criteria, no cramp signs: may be RLS")
  func rlsPath() {
    let r = answers([
      "urge": .yes, "rest": .yes, "movement": .yes, "evening": .yes, "explained": .no, "hard": .no,
    ])
    #expect(r.outcome == .maybeRLS)
    #expect(r.outcome.headline == "May be RLS: talk to a doctor")
    #expect(r.reasons.contains { $0.contains("IRLSSG") })
  }

  @Test("a locked muscle relieved by stretching, no urge: looks like cramps")
  func crampPath() {
    let r = answers(["urge": .no, "hard": .yes, "pain": .yes, "stretch": .yes])
    #expect(r.outcome == .cramps)
    #expect(r.reasons.contains { $0.contains("Cramp signs") })
  }

  @Test("something else explains it: not RLS; with cramp signs it is cramps")
  func explainedElsewhere() {
    let r = answers([
      "urge": .yes, "rest": .yes, "movement": .yes, "evening": .yes, "explained": .yes, "hard": .yes,
      "stretch": .yes,
    ])
    #expect(r.outcome == .cramps)
  }

  @Test("both patterns, or too many unsure answers: unclear")
  func unclearPaths() {
    let both = answers([
      "urge": .yes, "rest": .yes, "movement": .yes, "evening": .yes, "explained": .no, "hard": .yes,
      "pain": .yes,
    ])
    #expect(both.outcome == .unclear)
    #expect(both.reasons.contains { $0.contains("Both patterns") })
    #expect(answers([:]).outcome == .unclear)
    #expect(answers(["urge": .unsure, "hard": .yes]).outcome == .unclear)
  }

  @Test func everyQuestionHasASource() {
    #expect(Q.questions.count == 8)
    let known = Set(CauseCatalog.builtIn.sources.map(\.id))
    for q in Q.questions { #expect(!q.sources.isEmpty && q.sources.allSatisfy(known.contains)) }
  }
}

@Suite("Personal red flags")
struct PersonalRedFlagsTests {
  let catalog = CauseCatalog.builtIn

  @Test func ticksRaiseFlags() {
    let flags = PersonalRedFlags.evaluate(
      ticked: ["pregnancy", "statins", "caffeine"], labs: [], catalog: catalog)
    #expect(flags.map(\.id) == ["tick-pregnancy", "medicines"])
    #expect(flags.allSatisfy { !$0.sources.isEmpty })
  }

  @Test("ferritin at the guideline threshold raises it; above does not; the latest value counts")
  func ferritinThreshold() {
    let at = LabResult(test: .ferritin, value: 75, unit: "ng/mL", takenOn: CivilDate("2026-10-01")!)
    let above = LabResult(test: .ferritin, value: 120, unit: "ug/L", takenOn: CivilDate("2026-11-01")!)
    #expect(PersonalRedFlags.evaluate(ticked: [], labs: [at], catalog: catalog).map(\.id) == ["ferritin-low"])
    #expect(PersonalRedFlags.evaluate(ticked: [], labs: [at, above], catalog: catalog).isEmpty)
    let tsat = LabResult(test: .tsat, value: 18, unit: "%", takenOn: CivilDate("2026-11-01")!)
    #expect(PersonalRedFlags.evaluate(ticked: [], labs: [tsat], catalog: catalog).map(\.id) == ["tsat-low"])
  }

  @Test func labValidation() {
    #expect(LabResult.validate(test: .ferritin, value: 40, unit: "%") != nil)
    #expect(LabResult.validate(test: .tsat, value: 140, unit: "%") != nil)
    #expect(LabResult.validate(test: .ferritin, value: 40, unit: "ng/mL") == nil)
    #expect(LabResult.canonicalUnit("µg/l") == "ug/L")
  }
}
