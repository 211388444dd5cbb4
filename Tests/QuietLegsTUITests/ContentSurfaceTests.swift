import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// Every place the screen shows a source or a red flag: sources appear by name and level, never
/// as an internal id, a file or a path; red flags carry their urgency.
@Suite struct ContentSurfaceTests {
  let catalog = CauseCatalog.builtIn

  /// Why `text` must not be shown, or nil: an internal source id, a `.txt` file or a seed path.
  func leak(in text: String) -> String? {
    if let id = catalog.sources.map(\.id).first(where: text.contains) { return "internal id \(id)" }
    return SourceCheck.problem(inShownText: text)
  }

  func joined(_ lines: [StyledLine]) -> String { lines.map(\.text).joined(separator: "\n") }

  @Test("cause details, routines, questionnaire, lab history, see-a-doctor and banner show no ids or paths")
  func noShownSourceIsAnIdOrAPath() {
    var texts: [(String, String)] = []
    for cause in catalog.causes {
      texts.append(
        (cause.id, joined(CauseDetailText.lines(for: cause, entry: nil, catalog: catalog, width: 60))))
    }
    for routine in RoutineLibrary().routines {
      texts.append((routine.id, RoutineDetailView.lines(for: routine, width: 60).map(\.text).joined()))
    }
    let answerSets: [[String: CrampOrRLSQuestionnaire.Answer]] = [
      ["hard": .yes, "pain": .yes, "urge": .no],
      ["urge": .yes, "rest": .yes, "movement": .yes, "evening": .yes, "explained": .no], [:],
    ]
    let results = answerSets.map(CrampOrRLSQuestionnaire.evaluate)
    #expect(Set(results.map(\.outcome)) == Set(CrampOrRLSQuestionnaire.Outcome.allCases))
    for result in results {
      let text = joined(QuestionnaireText.resultLines(result, catalog: catalog, width: 60))
      #expect(text.contains("not a diagnosis") && text.contains("doctor"), "\(result.outcome)")
      texts.append((result.outcome.rawValue, text))
    }
    let lab = LabResult(test: .ferritin, value: 40, unit: "ng/mL", takenOn: CivilDate("2024-05-01")!)
    texts.append(("labs", joined(LabHistoryText.lines(labs: [lab], catalog: catalog, width: 60))))
    texts.append(("doctor", joined(SeeADoctorText.lines(applying: [], catalog: catalog, width: 60))))
    for flag in RedFlagSigns.all { texts.append((flag.id, CalendarRedFlagBanner.rule(flag))) }
    for (what, text) in texts {
      #expect(leak(in: text) == nil, "\(what): \(leak(in: text) ?? "")")
    }
  }

  @Test("every cramp cause carries the clot warning; an RLS-only cause does not need it")
  func clotWarningInCrampCauses() throws {
    for cause in catalog.causes {
      let text = joined(CauseDetailText.lines(for: cause, entry: nil, catalog: catalog, width: 80))
      #expect(text.contains("Could it be a clot?") == (cause.condition != .rls), "\(cause.id)")
    }
  }

  @Test("the full see-a-doctor list, as a person reads it")
  func seeADoctorSnapshot() {
    let long = RedFlag(
      id: "long-cramp", rule: RedFlagSigns.longCramp.rule,
      detail: "a cramp of 12m on the night of 2024-05-10",
      advice: RedFlagSigns.longCramp.advice, sources: RedFlagSigns.longCramp.sources, urgency: .sameDay)
    let text = SeeADoctorText.lines(applying: [long], catalog: catalog, width: 76).map {
      String(repeating: " ", count: $0.indent) + $0.text
    }.joined(separator: "\n")
    #expect(text.contains("● Same day: A cramp lasting more than 10 minutes"))
    assertSnapshot(text, named: "see-a-doctor-list-76")
  }
}
