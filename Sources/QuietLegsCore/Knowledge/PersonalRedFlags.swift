import Foundation

/// The "see a doctor" rules that come from a person's ticks and lab values (domain red flags).
public enum PersonalRedFlags {
  /// Ferritin at or below this (ng/mL) is where the AASM 2025 guideline considers iron for RLS.
  public static let ferritinGuideline = 75.0
  /// Ferritin below this (µg/L) is where seed 000 says to be alert.
  public static let ferritinSeed = 50.0
  /// Transferrin saturation below this (%) is the guideline's threshold.
  public static let tsatGuideline = 20.0

  /// Causes whose tick means "tell your doctor", with why.
  static let tellDoctor: [(id: String, rule: String)] = [
    ("pregnancy", "Leg symptoms during pregnancy"),
    ("kidney-disease", "Leg symptoms with kidney disease"),
    ("neuropathy", "Leg symptoms with nerve damage"),
    ("parkinsons", "Leg symptoms with Parkinson's disease"),
    ("heavy-periods", "Possible low iron from heavy periods"),
    (
      "dopamine-agonist-augmentation",
      "Symptoms earlier in the day or spreading to the arms on dopamine medicines"
    ),
  ]

  /// Flags raised by ticks on the checklist and by the latest lab values.
  public static func evaluate(ticked: Set<String>, labs: [LabResult], catalog: CauseCatalog) -> [RedFlag] {
    var flags: [RedFlag] = []
    for (id, rule) in tellDoctor where ticked.contains(id) {
      let cause = catalog.cause(id: id)
      flags.append(
        RedFlag(
          id: "tick-\(id)", rule: rule, detail: "you ticked \"\(cause?.title ?? id)\"",
          advice: cause?.doctor ?? "Tell your doctor about your leg symptoms.",
          sources: cause?.sources ?? ["seed-000"], urgent: id == "dopamine-agonist-augmentation"))
    }
    let medicines = catalog.causes.filter {
      $0.group == "medications" && ticked.contains($0.id) && $0.id != "dopamine-agonist-augmentation"
    }
    if !medicines.isEmpty {
      flags.append(
        RedFlag(
          id: "medicines", rule: "Symptoms that may be linked to a medicine",
          detail: "you ticked " + medicines.map(\.title).joined(separator: ", "),
          advice:
            "Ask your doctor whether the medicine could play a part; never stop a medicine on your own.",
          sources: ["seed-000", "aafp-2012"]))
    }
    if let ferritin = labs.last(where: { $0.test == .ferritin }), ferritin.value <= ferritinGuideline {
      flags.append(
        RedFlag(
          id: "ferritin-low", rule: "Ferritin at or below 75 ng/mL",
          detail: "latest ferritin \(ferritin.formattedValue) \(ferritin.unit) on \(ferritin.takenOn)",
          advice: "Discuss iron with your doctor: guidance uses this level when restless legs are present.",
          sources: ["aasm-2025", "irlssg-2018", "seed-000"]))
    }
    if let tsat = labs.last(where: { $0.test == .tsat }), tsat.value < tsatGuideline {
      flags.append(
        RedFlag(
          id: "tsat-low", rule: "Transferrin saturation under 20%",
          detail: "latest \(tsat.formattedValue)% on \(tsat.takenOn)",
          advice: "Discuss iron with your doctor.", sources: ["aasm-2025"]))
    }
    return flags
  }

  /// Always-true urgent signs to show as information (a person judges them, not the program).
  public static let alwaysShown: [RedFlag] = [
    RedFlag(
      id: "red-warm-swollen", rule: "One leg red, warm and swollen",
      detail: "this can be a blood clot", advice: "Get medical help the same day.",
      sources: ["aafp-2012", "nhs"], urgent: true),
    RedFlag(
      id: "numb-weak", rule: "Cramps with numbness, weakness or muscle wasting",
      detail: "these are not usual with simple cramps", advice: "See a doctor.",
      sources: ["aafp-2012", "nhs"]),
    RedFlag(
      id: "new-medicine", rule: "Symptoms that began after starting a new medicine",
      detail: "some medicines can cause cramps or restless legs",
      advice: "Tell your doctor; never stop a medicine on your own.", sources: ["seed-000", "aafp-2012"]),
  ]
}
