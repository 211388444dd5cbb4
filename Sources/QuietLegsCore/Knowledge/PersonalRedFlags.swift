import Foundation

/// The "see a doctor" rules that come from a person's ticks and lab values (domain red flags).
public enum PersonalRedFlags {
  /// Causes whose tick means "book an appointment", with the rule in words.
  static let tellDoctor: [(id: String, rule: String)] = [
    ("pregnancy", "Leg symptoms during pregnancy"),
    ("kidney-disease", "Leg symptoms with kidney disease"),
    ("dialysis", "Leg symptoms on dialysis"),
    ("neuropathy", "Leg symptoms with nerve damage"),
    ("parkinsons", "Leg symptoms with Parkinson's disease"),
    ("heavy-periods", "Possible low iron from heavy periods"),
    ("blood-loss", "Possible low iron after blood donation or blood loss"),
    ("iron-deficiency", "Possible low iron with restless legs"),
  ]

  /// Flags raised by ticks on the checklist and by the latest lab values.
  public static func evaluate(ticked: Set<String>, labs: [LabResult], catalog: CauseCatalog) -> [RedFlag] {
    var flags: [RedFlag] = []
    for (id, rule) in tellDoctor where ticked.contains(id) {
      guard let cause = catalog.cause(id: id) else { continue }
      flags.append(
        RedFlag(
          id: "tick-\(id)", rule: rule, detail: "you ticked \"\(cause.title)\"", advice: cause.doctor,
          sources: cause.sources, urgency: .soon))
    }
    if ticked.contains("dopamine-agonist-augmentation") {
      let sign = RedFlagSigns.dopamineAgonist
      flags.append(
        RedFlag(
          id: sign.id, rule: sign.rule, detail: "you ticked \"Worsening on RLS medicine\"",
          advice: sign.advice, sources: sign.sources, urgency: sign.urgency))
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
            "Ask your doctor or pharmacist whether the medicine could play a part. Never stop a medicine "
            + "without your prescriber.",
          sources: medicines.flatMap(\.sources), urgency: .soon))
    }
    if let ferritin = labs.last(where: { $0.test == .ferritin }), ferritin.value <= LabReference.ferritinIron
    {
      flags.append(
        RedFlag(
          id: "ferritin-low", rule: "Ferritin at or below 75 ng/mL",
          detail: "latest ferritin \(ferritin.formattedValue) \(ferritin.unit) on \(ferritin.takenOn)",
          advice: "Talk to your doctor about iron: guidance uses this level when restless legs are present.",
          sources: ["aasm-2024", "irlssg-2018"], urgency: .soon))
    }
    if let tsat = labs.last(where: { $0.test == .tsat }), tsat.value < LabReference.tsatIron {
      flags.append(
        RedFlag(
          id: "tsat-low", rule: "Transferrin saturation under 20%",
          detail: "latest \(tsat.formattedValue)% on \(tsat.takenOn)",
          advice: "Talk to your doctor about iron: guidance uses this level when restless legs are present.",
          sources: ["aasm-2024"], urgency: .soon))
    }
    return flags
  }
}
