import Foundation
import QuietLegsCore
import Testing

@testable import QuietLegsTUI

/// The lab form: its checks, its messages and what it saves.
@Suite struct CausesLabTests {
  @Test func emptyValueIsRefusedWithAMessageNextToTheField() throws {
    let services = Fixtures.services()
    var harness = CausesHarness(services: services)
    harness.press(.character("L"), .enter)
    guard case .addingLab(let form) = harness.pane.mode else {
      Issue.record("the form should stay open")
      return
    }
    #expect(form.errors[.value] == "type the number from your lab report")
    #expect(harness.screen().contains("Value                   type the number from your lab report"))
    #expect(try services.journal.labs().isEmpty)
  }

  @Test("the lab history says how to remove a value typed wrongly, once there are values")
  func historyNamesTheDeleteCommand() {
    let catalog = CauseCatalog.builtIn
    let text = { (labs: [LabResult]) in
      LabHistoryText.lines(labs: labs, catalog: catalog, width: 200).map(\.text).joined(separator: "\n")
    }
    let one = LabResult(id: 3, test: .ferritin, value: 42, unit: "ng/mL", takenOn: CivilDate("2024-05-04")!)
    #expect(text([one]).contains("`quietlegs lab --delete ID` removes one"))
    #expect(!text([]).contains("--delete"))
  }

  @Test func everyFieldIsChecked() {
    var form = LabForm(today: CivilDate("2024-05-14")!)
    for character in "abc" { _ = form.edit(with: .character(character)) }
    form.moveFocus(by: 1)
    _ = form.edit(with: .control("u"))
    for character in "%" { _ = form.edit(with: .character(character)) }
    form.moveFocus(by: 1)
    _ = form.edit(with: .control("u"))
    for character in "2024-06-01" { _ = form.edit(with: .character(character)) }
    #expect(form.checked(today: CivilDate("2024-05-14")!) == nil)
    #expect(form.errors[.value]?.hasPrefix("'abc' is not a number") == true)
    #expect(form.errors[.unit]?.contains("not allowed for ferritin") == true)
    #expect(form.errors[.date] == "2024-06-01 has not happened yet")
    #expect(form.focus == .value, "the first wrong field gets the cursor")
  }

  @Test func implausibleValueIsRefused() {
    var form = LabForm(today: CivilDate("2024-05-14")!)
    for character in "9000" { _ = form.edit(with: .character(character)) }
    #expect(form.checked(today: CivilDate("2024-05-14")!) == nil)
    #expect(form.errors[.value]?.contains("outside 0-5000") == true)
  }

  @Test func switchingTheTestMovesTheUnit() {
    var form = LabForm(today: CivilDate("2024-05-14")!)
    form.moveFocus(by: -1)
    #expect(form.focus == .test)
    form.switchTest()
    #expect(form.test == .tsat)
    #expect(form.unit.text == "%")
  }

  @Test func validValueIsSavedAndShownAgainstTheThresholds() throws {
    let services = Fixtures.services()
    var harness = CausesHarness(services: services)
    harness.press(.character("L"))
    harness.type("42,5")
    harness.press(.tab, .control("u"))
    harness.type("µg/l")
    harness.press(.tab, .control("u"))
    harness.type("2024-05-02")
    harness.press(.enter)
    let labs = try services.journal.labs()
    #expect(labs.count == 1)
    #expect(labs.first?.value == 42.5)
    #expect(labs.first?.unit == "ug/L")
    #expect(labs.first?.takenOn == CivilDate("2024-05-02"))
    #expect(harness.model.status?.text == "Saved ferritin 42.5 ug/L from 2024-05-02.")
    #expect(harness.pane.selection == .labResults)
    let screen = harness.screen(width: 120, height: 40)
    #expect(screen.contains("2024-05-02    42.5 █"))
    #expect(screen.contains("75 ng/mL: at or below it"))
    #expect(screen.contains("Ferritin at or below 75 ng/mL") == false, "the list is not the doctor view")
    harness.press(.character("D"))
    #expect(harness.screen(width: 120, height: 40).contains("Ferritin at or below 75 ng/mL"))
  }

  @Test func escClosesTheFormWithoutSaving() throws {
    let services = Fixtures.services()
    var harness = CausesHarness(services: services)
    harness.press(.character("L"))
    harness.type("42")
    harness.press(.escape)
    #expect(try services.journal.labs().isEmpty)
    #expect(harness.model.status?.text == "Nothing saved.")
  }

  /// A form for transferrin saturation with `value` typed.
  func tsatForm(_ value: String) -> LabForm {
    var form = LabForm(today: CivilDate("2024-05-14")!)
    form.moveFocus(by: -1)
    form.switchTest()
    form.moveFocus(by: 1)
    for character in value { _ = form.edit(with: .character(character)) }
    return form
  }

  @Test("25% is read as 25 %; hex, exponents, nan and inf are refused")
  func percentSignAndStrictNumbers() {
    var form = tsatForm("25%")
    #expect(form.checked(today: CivilDate("2024-05-14")!)?.value == 25)
    for bad in ["0x10", "1e3", "nan", "inf"] {
      var refused = tsatForm(bad)
      #expect(refused.checked(today: CivilDate("2024-05-14")!) == nil)
      #expect(refused.errors[.value]?.contains("is not a number") == true, "\(bad)")
    }
  }

  @Test("a transferrin saturation of 0.25 asks 'did you mean 25 %?'; Enter again keeps it")
  func fractionIsAskedOnce() {
    var form = tsatForm("0.25")
    #expect(form.checked(today: CivilDate("2024-05-14")!) == nil)
    #expect(form.errors[.value]?.contains("did you mean 25 %?") == true, "\(form.errors)")
    #expect(form.checked(today: CivilDate("2024-05-14")!)?.value == 0.25)
  }

  @Test("values are shown as typed, never rounded to one decimal")
  func valuesShownAsTyped() {
    let lab = { (value: Double) in
      LabResult(test: .tsat, value: value, unit: "%", takenOn: CivilDate("2024-05-04")!).formattedValue
    }
    #expect(lab(19.95) == "19.95" && lab(0.04) == "0.04" && lab(25) == "25" && lab(30.5) == "30.5")
  }
}

/// The episode form and clock changes (issue 16): a skipped time is refused, a repeated one says
/// which it took.
@Suite struct EpisodeFormClockChangeTests {
  let berlin = NightCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!)
  let now = Date(timeIntervalSince1970: 1_795_000_000)

  func form(night: String, typing time: String) -> EpisodeForm {
    var form = EpisodeForm.add(night: CivilDate(night)!, now: now, latest: nil, nights: berlin)
    _ = form.handle(.tab)
    for character in time { _ = form.handle(.character(character)) }
    return form
  }

  @Test func skippedTimeIsRefused() {
    var form = form(night: "2026-03-28", typing: "02:30")
    #expect(form.validate(now: now, nights: berlin) == nil)
    #expect(form.errors[.time]?.contains("clocks jumped from 02:00 to 03:00") == true, "\(form.errors)")
  }

  @Test func repeatedTimeSaysWhichOne() {
    var form = form(night: "2026-10-24", typing: "02:30")
    #expect(form.validate(now: now, nights: berlin) != nil, "\(form.errors)")
    #expect(form.timeNote?.contains("the first was taken (02:30+02:00)") == true)
  }
}
