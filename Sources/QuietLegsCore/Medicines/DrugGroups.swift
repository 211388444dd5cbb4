/// A group of medicines the cause catalogue speaks of, with the cause that names it.
public struct DrugGroup: Sendable, Hashable {
  /// Stable id (`ssri`, `dopamine-agonist`).
  public let id: String
  /// How the group is named in a sentence: `an SSRI`, `a dopamine agonist`.
  public let withArticle: String
  /// The group in the plural, to start a sentence: `SSRIs`.
  public let plural: String
  /// The cause in `causes.toml` about this group, if one is (nil for groups only the watch uses).
  public let causeId: String?

  /// Dopamine agonists and levodopa: the medicines whose regular use the augmentation watch follows.
  public var canAugment: Bool { id == "dopamine-agonist" || id == "levodopa" }
  /// Iron taken as tablets or a drip: the lab history marks when it started.
  public var isIron: Bool { id == "oral-iron" || id == "iv-iron" }
}

/// A small table of common drug names and the group each belongs to (sertraline is an SSRI), for
/// linking a person's own list to the cause catalogue, and the names the form offers to complete.
public enum DrugGroups {
  static let ssri = DrugGroup(id: "ssri", withArticle: "an SSRI", plural: "SSRIs", causeId: "antidepressants")
  static let snri = DrugGroup(id: "snri", withArticle: "an SNRI", plural: "SNRIs", causeId: "antidepressants")
  static let tricyclic = DrugGroup(
    id: "tricyclic", withArticle: "a tricyclic antidepressant", plural: "Tricyclic antidepressants",
    causeId: "antidepressants")
  static let mirtazapine = DrugGroup(
    id: "mirtazapine", withArticle: "an antidepressant", plural: "Antidepressants such as mirtazapine",
    causeId: "antidepressants")
  static let antihistamine = DrugGroup(
    id: "sedating-antihistamine", withArticle: "a sedating antihistamine", plural: "Sedating antihistamines",
    causeId: "sedating-antihistamines")
  static let antiSickness = DrugGroup(
    id: "anti-sickness", withArticle: "an anti-sickness medicine that blocks dopamine",
    plural: "Anti-sickness medicines that block dopamine", causeId: "anti-nausea-drugs")
  static let antipsychotic = DrugGroup(
    id: "antipsychotic", withArticle: "an antipsychotic", plural: "Antipsychotics", causeId: "antipsychotics")
  static let dopamineAgonist = DrugGroup(
    id: "dopamine-agonist", withArticle: "a dopamine agonist", plural: "Dopamine agonists",
    causeId: "dopamine-agonist-augmentation")
  static let levodopa = DrugGroup(
    id: "levodopa", withArticle: "a levodopa medicine", plural: "Levodopa medicines",
    causeId: "dopamine-agonist-augmentation")
  static let diuretic = DrugGroup(
    id: "diuretic", withArticle: "a water tablet (diuretic)", plural: "Water tablets", causeId: "diuretics")
  static let statin = DrugGroup(id: "statin", withArticle: "a statin", plural: "Statins", causeId: "statins")
  static let oralIron = DrugGroup(id: "oral-iron", withArticle: "iron", plural: "Iron tablets", causeId: nil)
  static let ivIron = DrugGroup(
    id: "iv-iron", withArticle: "an iron drip", plural: "Iron drips", causeId: nil)
  static let gabapentinoid = DrugGroup(
    id: "gabapentinoid", withArticle: "a gabapentinoid", plural: "Gabapentinoids", causeId: nil)

  /// Lowercase names (generic and a few common brand names) and their groups. A medicine's name
  /// matches when it contains one of these as a whole word.
  public static let table: [(name: String, group: DrugGroup)] = [
    ("sertraline", ssri), ("fluoxetine", ssri), ("citalopram", ssri), ("escitalopram", ssri),
    ("paroxetine", ssri), ("fluvoxamine", ssri),
    ("venlafaxine", snri), ("duloxetine", snri), ("desvenlafaxine", snri),
    ("amitriptyline", tricyclic), ("nortriptyline", tricyclic), ("clomipramine", tricyclic),
    ("imipramine", tricyclic), ("dosulepin", tricyclic),
    ("mirtazapine", mirtazapine),
    ("diphenhydramine", antihistamine), ("doxylamine", antihistamine), ("hydroxyzine", antihistamine),
    ("promethazine", antihistamine), ("chlorphenamine", antihistamine),
    ("metoclopramide", antiSickness), ("prochlorperazine", antiSickness),
    ("haloperidol", antipsychotic), ("olanzapine", antipsychotic), ("quetiapine", antipsychotic),
    ("risperidone", antipsychotic),
    ("pramipexole", dopamineAgonist), ("ropinirole", dopamineAgonist), ("rotigotine", dopamineAgonist),
    ("levodopa", levodopa), ("co-careldopa", levodopa), ("co-beneldopa", levodopa),
    ("furosemide", diuretic), ("bendroflumethiazide", diuretic), ("indapamide", diuretic),
    ("hydrochlorothiazide", diuretic), ("spironolactone", diuretic),
    ("atorvastatin", statin), ("simvastatin", statin), ("rosuvastatin", statin), ("pravastatin", statin),
    ("oral iron", oralIron), ("ferrous sulfate", oralIron), ("ferrous sulphate", oralIron),
    ("ferrous fumarate", oralIron), ("ferrous gluconate", oralIron), ("iron tablets", oralIron),
    ("iv iron", ivIron), ("iron sucrose", ivIron), ("ferric carboxymaltose", ivIron),
    ("ferric derisomaltose", ivIron),
    ("gabapentin", gabapentinoid), ("gabapentin enacarbil", gabapentinoid), ("pregabalin", gabapentinoid),
  ]

  /// Names the add form offers to complete: the RLS and cramp medicines guidance names, and the
  /// medicines the cause catalogue names.
  public static let commonNames: [String] = {
    let first = [
      "pramipexole", "ropinirole", "rotigotine", "gabapentin", "gabapentin enacarbil", "pregabalin",
      "oral iron", "IV iron", "magnesium", "levodopa", "quinine",
    ]
    let lower = Set(first.map { $0.lowercased() })
    return first + table.map(\.name).filter { !lower.contains($0) }
  }()

  /// Common names starting with `prefix` (any case), shortest first; empty for an empty prefix.
  public static func completions(of prefix: String) -> [String] {
    let wanted = prefix.lowercased().trimmingCharacters(in: .whitespaces)
    guard !wanted.isEmpty else { return [] }
    return commonNames.filter { $0.lowercased().hasPrefix(wanted) && $0.lowercased() != wanted }
  }

  /// The drug name in `name` and its group, preferring the longest match (`gabapentin enacarbil`).
  public static func group(ofMedicineNamed name: String) -> (drug: String, group: DrugGroup)? {
    let words = " " + name.lowercased().map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : " " } + " "
    let spaced = String(words).split(separator: " ").joined(separator: " ")
    let padded = " \(spaced) "
    return table.filter { padded.contains(" \($0.name) ") }.max { $0.name.count < $1.name.count }
      .map { ($0.name, $0.group) }
  }
}
