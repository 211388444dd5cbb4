import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// The medicines view of the causes pane: list, add with completion, log a dose, record a stop.
@Suite struct MedicinesViewTests {
  @Test func listWithGroupLinksAndThePrescriberLine() throws {
    let services = Fixtures.services()
    let today = services.nights.localDate(of: Fixtures.now)
    try services.journal.addMedicine(
      Medicine(
        name: "sertraline", dose: "50 mg", usualTime: ClockTime("08:00"), since: today.adding(days: -200)),
      today: today)
    try services.journal.addMedicine(
      Medicine(name: "paracetamol", asNeeded: true, since: today.adding(days: -30)), today: today)
    var harness = CausesHarness(services: services)
    harness.press(.character("M"))
    let screen = harness.screen()
    #expect(screen.contains("Change or stop a medicine only with your prescriber."))
    #expect(screen.contains("You take sertraline, an SSRI"))
    assertSnapshot(screen, named: "causes-medicines-80x24")
  }

  @Test("adding: Tab completes the name, the form checks the fields, Enter saves; t logs a dose; s a stop")
  func addLogAndStop() throws {
    let services = Fixtures.services()
    var harness = CausesHarness(services: services)
    harness.press(.character("M"), .character("a"))
    harness.type("prami")
    assertSnapshot(harness.screen(), named: "causes-medicine-form-80x24")
    harness.press(.tab)
    #expect(harness.screen().contains("pramipexole"))
    harness.press(.tab)
    harness.type("0.125 mg")
    harness.press(.tab, .tab)
    harness.type("25:00")
    harness.press(.enter)
    #expect(harness.screen().contains("use HH:MM"))
    #expect(try services.journal.medicines().isEmpty)
    harness.press(.backspace, .backspace, .backspace, .backspace, .backspace)
    harness.type("8:00 pm")  // as on the 12-hour clock; `20:00` is read the same
    harness.press(.enter)
    let saved = try #require(try services.journal.medicines().first)
    #expect(saved.name == "pramipexole" && saved.dose == "0.125 mg" && saved.usualTime == ClockTime("20:00"))
    // A regular medicine takes no logged dose: the message says why, nothing is saved.
    harness.press(.character("t"))
    #expect(try services.journal.allDoses().isEmpty)
    #expect(harness.screen().contains("only as-needed doses are logged"))
    harness.press(.character("s"))
    #expect(try services.journal.medicines().first?.until == services.nights.localDate(of: Fixtures.now))
    // An as-needed one: Space switches the schedule; t logs a dose now.
    harness.press(.character("a"))
    harness.type("co-codamol")
    harness.press(.tab, .tab, .character(" "), .enter)
    harness.press(.down, .character("t"))
    #expect(try services.journal.allDoses().count == 1)
    harness.press(.escape)
    #expect(harness.pane.selection == .medicines)
  }

  @Test func labHistoryShowsIronTreatmentAgainstFerritin() throws {
    let services = Fixtures.services()
    let today = services.nights.localDate(of: Fixtures.now)
    try services.journal.addLab(
      LabResult(test: .ferritin, value: 38, unit: "ng/mL", takenOn: today.adding(days: -90)))
    try services.journal.addMedicine(
      Medicine(name: "ferrous sulfate", since: today.adding(days: -80)), today: today)
    try services.journal.addLab(
      LabResult(test: .ferritin, value: 81, unit: "ug/L", takenOn: today.adding(days: -10)))
    var harness = CausesHarness(services: services)
    harness.press(.home, .down)
    let lines = harness.pane.detailLines(width: 60).map(\.text)
    let start = try #require(lines.firstIndex(of: "Iron treatment and ferritin"))
    #expect(lines[start + 1].hasSuffix("ferritin 38 ng/mL"))
    #expect(lines[start + 2].hasSuffix("started ferrous sulfate"))
    #expect(lines[start + 3].hasSuffix("ferritin 81 ug/L"))
  }
}

/// Each calendar night lists the as-needed doses logged that night.
@Suite struct CalendarDosesTests {
  @Test func aNightShowsItsAsNeededDoses() throws {
    let harness = CalendarHarness()
    let today = harness.nights.localDate(of: Fixtures.now)
    let medicine = try harness.journal.addMedicine(
      Medicine(name: "paracetamol", asNeeded: true, since: today.adding(days: -5)), today: today)
    // 22:05 tonight shows on tonight; 01:10 belongs to the night before.
    let night = harness.nights.night(of: Fixtures.now)
    try harness.journal.logDose(
      medicineId: medicine.id!, at: harness.nights.instant(in: night, hour: 22, minute: 5),
      nights: harness.nights, now: Fixtures.now)
    try harness.journal.logDose(
      medicineId: medicine.id!, at: harness.nights.instant(in: night.adding(days: -1), hour: 1, minute: 10),
      nights: harness.nights, now: Fixtures.now)
    var harness2 = harness
    _ = harness2.model.update(.journalChanged)
    let screen = harness2.screen(width: 100, height: 30)
    #expect(screen.contains("Took: paracetamol 22:05"))
    #expect(!screen.contains("01:10"))
  }

  @Test("the calendar banner names the spread flag on a dopamine agonist")
  func bannerShowsTheAugmentationFlag() throws {
    var harness = CalendarHarness()
    let today = harness.nights.localDate(of: Fixtures.now)
    try harness.journal.addMedicine(
      Medicine(name: "ropinirole", since: today.adding(days: -100)), today: today)
    harness.log(today.adding(days: -3).description, 22, 0, .rls, site: .trunk)
    _ = harness.model.update(.journalChanged)
    #expect(harness.screen(width: 100, height: 30).contains("On ropinirole: restless legs in the trunk"))
  }
}
