import Foundation
import Testing

@testable import QuietLegsCore

/// The editorial rules of docs/CONTENT.md, held over all built-in content: sources, red flags,
/// routines, questionnaire results and wording.
@Suite("Health content rules")
struct ContentRulesTests {
  let catalog = CauseCatalog.builtIn
  let routines = RoutineLibrary().routines.filter { $0.origin == .builtIn }

  @Test("every source id cited anywhere resolves, and every source is cited")
  func everySourceIdResolves() {
    let known = Set(catalog.sources.map(\.id))
    let citing = SourceCitations.citing(catalog: catalog, routines: routines)
    for (what, ids) in citing {
      #expect(!ids.isEmpty, "\(what) names no source")
      for id in ids { #expect(known.contains(id), "\(what) cites unknown source \(id)") }
    }
    for entry in SourceCitations.entries(catalog: catalog, routines: routines) {
      #expect(!entry.citedBy.isEmpty, "\(entry.source.short) is cited by nothing")
    }
  }

  @Test("every shown source is a full reference: title, publisher, year, link where one exists, level")
  func everySourceIsAReference() {
    for source in catalog.sources {
      #expect(SourceCheck.problem(in: source) == nil, "\(source.short)")
      let reference = source.reference
      #expect(reference.contains(source.title) && reference.contains(source.year))
      #expect(reference.contains(source.level.label))
      if source.level != .popular { #expect(!source.link.isEmpty, "\(source.short)") }
      for text in [source.short, reference, source.label] {
        #expect(!text.contains(source.id), "\(source.short) shows its internal id")
        #expect(SourceCheck.problem(inShownText: text) == nil, "\(text)")
      }
    }
  }

  @Test("every cause names a source; one resting only on popular articles says so")
  func popularOnlyClaimsAreMarked() {
    for cause in catalog.causes {
      let levels = catalog.sources(for: cause.sources).map(\.level)
      #expect(!levels.isEmpty, "\(cause.id)")
      if levels.allSatisfy({ $0 == .popular }) {
        #expect(cause.why.lowercased().contains("popular article"), "\(cause.id)")
      }
    }
    for routine in routines where catalog.sources(for: routine.sources).allSatisfy({ $0.level == .popular }) {
      #expect(routine.summary.lowercased().contains("popular article"), "\(routine.id)")
    }
  }

  @Test("no mechanism is a tickable cause, and the missing causes are there")
  func causesAreThingsPeopleRecognise() {
    #expect(catalog.cause(id: "dopamine-imbalance") == nil)
    for id in [
      "ageing", "liver-cirrhosis", "spinal-stenosis", "dialysis", "blood-loss", "nifedipine", "salbutamol",
    ] {
      #expect(catalog.cause(id: id) != nil, "missing \(id)")
    }
    #expect(catalog.cause(id: "neuropathy")?.condition == .both)
  }

  @Test("contradicted claims are gone")
  func contradictedClaimsAreGone() throws {
    let magnesium = try #require(catalog.cause(id: "low-magnesium"))
    #expect(magnesium.sources.contains("cochrane-2020"))
    #expect(magnesium.action.contains("unproven"))
    let pregnancy = try #require(catalog.cause(id: "pregnancy"))
    #expect(pregnancy.why.contains("1 in 5") && !pregnancy.why.contains("3 in 10"))
    let caffeine = try #require(catalog.cause(id: "caffeine"))
    #expect(!caffeine.check.contains("2 pm") && !caffeine.action.contains("2 pm"))
    let veins = try #require(catalog.cause(id: "venous-insufficiency"))
    #expect(veins.why.contains("not a circulation problem"))
    for cause in catalog.causes where cause.condition == .rls {
      #expect(!cause.sources.contains("aafp-2012"), "AAFP 2012 is about cramps, cited for \(cause.id)")
    }
    for id in ["low-calcium", "low-potassium", "dehydration"] {
      #expect(catalog.cause(id: id)?.sources.contains("aafp-2012") == true, "\(id)")
    }
    for id in ["oestrogens", "raloxifene", "pregnancy"] {
      #expect(catalog.cause(id: id)?.doctor.contains("one leg") == true, "\(id) lacks the clot warning")
    }
    #expect(catalog.cause(id: "statins")?.doctor.contains("same day") == true)
  }

  @Test("every flag has a source and an urgency; emergency flags name the emergency number")
  func redFlagsAsData() {
    let personal = PersonalRedFlags.evaluate(
      ticked: Set(catalog.causes.map(\.id)),
      labs: [
        LabResult(test: .ferritin, value: 30, unit: "ng/mL", takenOn: CivilDate("2026-11-01")!),
        LabResult(test: .tsat, value: 12, unit: "%", takenOn: CivilDate("2026-11-01")!),
      ], catalog: catalog)
    let known = Set(catalog.sources.map(\.id))
    for flag in RedFlagSigns.all + personal {
      #expect(!flag.sources.isEmpty && flag.sources.allSatisfy(known.contains), "\(flag.id)")
      if flag.urgency == .emergency {
        #expect(flag.advice.contains("emergency number") && flag.advice.contains("112"), "\(flag.id)")
      }
    }
    #expect(RedFlagSigns.all.map(\.urgency) == RedFlagSigns.all.map(\.urgency).sorted())
    #expect(Set(RedFlagSigns.all.map(\.urgency)) == Set(Urgency.allCases))
    #expect(Urgency.emergency.whatToDo.contains("999, 112 or 911"))
  }

  @Test(
    "the clot flag lists any NHS sign, becomes an emergency with breathlessness, and reaches cramp rescue")
  func clotFlag() throws {
    let clot = RedFlagSigns.clot.detail
    for sign in ["cramping pain", "swelling", "warm", "red or darker", "hard and sore", "feel like a cramp"] {
      #expect(clot.contains(sign), "clot sign missing: \(sign)")
    }
    #expect(RedFlagSigns.clot.urgency == .sameDay)
    #expect(RedFlagSigns.clotWithBreathlessness.urgency == .emergency)
    let rescue = try #require(RoutineLibrary().routine(id: "cramp-rescue")?.safety)
    for words in ["one leg", "swelling", "clot", "breathless", "emergency number"] {
      #expect(rescue.contains(words), "cramp rescue lacks '\(words)'")
    }
  }

  @Test("the missing red flags are there")
  func missingFlagsAdded() {
    let text = RedFlagSigns.all.map { "\($0.rule) \($0.detail)" }.joined(separator: " ")
    for words in [
      "thoughts of harming yourself", "gamble", "walking that eases with rest", "cold, pale", "twitching",
      "dirty wound", "breathlessness",
    ] {
      #expect(text.contains(words), "no flag for '\(words)'")
    }
    #expect(RedFlagSigns.statinWeakness.urgency == .sameDay)
    #expect(RedFlagSigns.longCramp.urgency == .sameDay)
  }

  @Test("no built-in step asks for hot water with the feet in")
  func noHotWaterWithFeetIn() {
    for routine in routines {
      for step in routine.steps {
        let text = (step.title + " " + step.cue).lowercased()
        #expect(!text.contains("hot water") && !text.contains("top up"), "\(routine.id): \(step.title)")
        if text.contains("add water") || text.contains("add ") && text.contains("water") {
          #expect(text.contains("feet out"), "\(routine.id): \(step.title) adds water with feet in")
        }
      }
    }
  }

  @Test("the soak's safety note names the thermometer, 40 °C and who should not soak")
  func soakSafety() throws {
    for id in ["foot-soak", "bedtime-ritual"] {
      let safety = try #require(RoutineLibrary().routine(id: id)?.safety)
      for words in [
        "thermometer", "40 °C", "diabetes", "nerve damage", "numb feet", "circulation", "feet out",
      ] {
        #expect(safety.lowercased().contains(words.lowercased()), "\(id) safety lacks '\(words)'")
      }
      #expect(safety.contains("never above 40 °C"))
      #expect(safety.contains("shower"), "\(id) offers no alternative to soaking")
    }
  }

  @Test("routines: light heel raises with seated circles, light and support in cramp rescue, an RLS routine")
  func routineChanges() throws {
    let library = RoutineLibrary()
    let raises = try #require(library.routine(id: "toe-raises"))
    #expect(raises.steps.map(\.repetitions).max()! <= 3)
    let circles = raises.steps.filter { $0.title.contains("Ankle") }
    #expect(
      !circles.isEmpty && circles.allSatisfy { $0.title.contains("seated") || $0.cue.contains("seated") })
    #expect(raises.safety?.contains("cramp starts") == true)
    let rescue = try #require(library.routine(id: "cramp-rescue"))
    #expect(rescue.steps.first?.cue.contains("light") == true)
    #expect(rescue.steps.first?.cue.contains("furniture") == true)
    let settle = try #require(library.routine(id: "rls-settle-down"))
    #expect(settle.sources.contains("nhs-rls"))
    #expect(settle.steps.count >= 4)
  }

  @Test("every questionnaire result says pattern, not diagnosis, and when to see a doctor")
  func questionnaireResults() {
    for outcome in CrampOrRLSQuestionnaire.Outcome.allCases {
      #expect(outcome.advice.contains("not a diagnosis"), "\(outcome)")
      #expect(outcome.advice.contains("doctor"), "\(outcome)")
      #expect(!outcome.sources.isEmpty)
    }
  }

  @Test("wording: never a dose, never stop a medicine without the prescriber")
  func wordingRules() {
    let dose = try! Regex(#"\b\d+(\.\d+)?\s?(mg|mcg|g|ml|mL|IU|units?|tablets?)\b"#)
    var texts: [(String, String)] = []
    for cause in catalog.causes {
      texts += [cause.why, cause.check, cause.action, cause.doctor].map { (cause.id, $0) }
    }
    for flag in RedFlagSigns.all { texts += [(flag.id, flag.detail), (flag.id, flag.advice)] }
    for routine in routines {
      texts += [(routine.id, routine.summary), (routine.id, routine.safety ?? "")]
      texts += routine.steps.map { (routine.id, $0.cue) }
    }
    for (id, text) in texts {
      #expect(text.firstMatch(of: dose) == nil, "\(id) reads like a dose: \(text)")
    }
    for cause in catalog.causes where cause.group == "medications" {
      #expect(cause.action.contains("prescri"), "\(cause.id) does not send a change to the prescriber")
    }
  }

  @Test("lab lines: only guidance draws a line; the popular article's 50 is not one")
  func labLines() {
    #expect(!LabReference.all.contains { $0.value == 50 })
    #expect(LabReference.for(.ferritin).map(\.value) == [75, 100])
    #expect(LabReference.all.allSatisfy { !$0.sources.contains { $0.hasPrefix("seed-") } })
    #expect(!LabReference.note(.ferritin).contains("50"))
    #expect(LabReference.howToTest.contains("24 hours"))
  }
}
