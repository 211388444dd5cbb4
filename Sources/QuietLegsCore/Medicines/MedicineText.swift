/// How a medicine reads in lists, and the sentence that links it to the cause catalogue.
public enum MedicineText {
  /// `pramipexole, 0.125 mg, regular at 20:00, since 2026-06-01, stopped 2026-11-20`.
  public static func line(_ medicine: Medicine, clock: ClockStyle = .twentyFourHour) -> String {
    var parts = [medicine.name]
    if !medicine.dose.isEmpty { parts.append(medicine.dose) }
    parts.append(medicine.scheduleText(clock))
    parts.append("since \(medicine.since)")
    if let until = medicine.until { parts.append("stopped \(until)") }
    return parts.joined(separator: ", ")
  }

  /// What the group does, as the cause catalogue says it, for groups with a cause.
  static func effect(_ group: DrugGroup, cause: Cause) -> String {
    let plural = sentenceInside(group.plural)
    return switch cause.id {
    case "dopamine-agonist-augmentation":
      "\(plural) can, over time, make restless legs worse (augmentation)"
    case _ where cause.condition == .cramps:
      "\(plural) are linked to leg cramps"
    default:
      "\(plural) can bring on or worsen restless legs"
    }
  }

  /// `Dopamine agonists` as `dopamine agonists`; `SSRIs` stays as it is.
  static func sentenceInside(_ words: String) -> String {
    let letters = Array(words.prefix(2))
    guard letters.count == 2, letters[1].isLowercase else { return words }
    return words.prefix(1).lowercased() + words.dropFirst()
  }

  /// "You take sertraline, an SSRI: SSRIs can bring on or worsen restless legs (AASM 2024; …):
  /// talk to your prescriber." Nil when the name matches no group the catalogue speaks of.
  public static func groupLine(_ medicine: Medicine, catalog: CauseCatalog = .builtIn) -> String? {
    guard let match = DrugGroups.group(ofMedicineNamed: medicine.name),
      let cause = match.group.causeId.flatMap(catalog.cause(id:))
    else { return nil }
    let taking = medicine.until == nil ? "You take" : "You took"
    return "\(taking) \(match.drug), \(match.group.withArticle): \(effect(match.group, cause: cause)) "
      + "(\(catalog.shortNames(cause.sources))): talk to your prescriber."
  }
}
