/// The signs everyone should know, whatever their journal says: each with how soon to act,
/// what to do and its sources. The see-a-doctor view, the report and the cramp-rescue routine
/// show them; docs/CONTENT.md says how to add one.
public enum RedFlagSigns {
  /// Possible clot that may have reached the lungs.
  public static let clotWithBreathlessness = RedFlag(
    id: "clot-breathless", rule: "Signs of a clot with breathlessness or chest pain",
    detail:
      "Pain or swelling in one leg together with sudden breathlessness, chest pain or coughing up "
      + "blood: a clot may have moved to the lungs",
    advice: Urgency.emergency.whatToDo, sources: ["nhs-dvt"], urgency: .emergency)

  /// A blocked artery in the leg.
  public static let coldPaleLeg = RedFlag(
    id: "cold-pale-leg", rule: "A leg that suddenly turns cold, pale, numb or very painful",
    detail: "The blood supply to the leg may be blocked",
    advice: Urgency.emergency.whatToDo, sources: ["nhs-pad"], urgency: .emergency)

  /// Possible deep vein thrombosis: any one sign in one leg. A clot can feel like a cramp.
  public static let clot = RedFlag(
    id: "clot",
    rule: "Possible blood clot (DVT): pain, swelling, warmth or redness in one leg",
    detail:
      "Any one of these in one leg: throbbing or cramping pain in the calf or thigh that does not ease "
      + "like a cramp, swelling, warm skin, red or darker skin, or veins that are hard and sore. "
      + "A clot can feel like a cramp",
    advice:
      Urgency.sameDay.whatToDo
      + " With breathlessness or chest pain, call your local emergency number instead.",
    sources: ["nhs-dvt"], urgency: .sameDay)

  /// The clot warning in one sentence, for places with little room (routine notes, cause texts).
  public static let clotInBrief =
    "Pain in one leg that does not ease like a cramp, or comes with swelling, warmth or red or darker "
    + "skin, may be a clot: get medical advice today, and call your local emergency number if you are "
    + "also breathless or have chest pain."

  /// A cramp that goes on far longer than usual.
  public static let longCramp = RedFlag(
    id: "long-cramp", rule: "A cramp lasting more than 10 minutes",
    detail:
      "Ordinary cramps ease within seconds to a few minutes. Pain in one leg that will not ease may be a clot",
    advice: Urgency.sameDay.whatToDo,
    sources: ["nhs-leg-cramps", "aafp-2012"], urgency: .sameDay)

  /// Possible muscle breakdown on a statin.
  public static let statinWeakness = RedFlag(
    id: "statin-weakness", rule: "On a statin: muscle pain with weakness or dark urine",
    detail: "Rarely, statins damage muscle; weakness or cola-coloured urine can be a sign of it",
    advice:
      Urgency.sameDay.whatToDo + " The doctor or pharmacist will say what to do about the statin; never "
      + "change a medicine without your prescriber.",
    sources: ["nhs-statins", "aafp-2012"], urgency: .sameDay)

  /// Possible tetanus.
  public static let woundSpasms = RedFlag(
    id: "wound-spasms", rule: "Muscle stiffness or spasms after a dirty wound or a puncture",
    detail: "This can be tetanus, which needs treatment quickly",
    advice: Urgency.sameDay.whatToDo + " Say that you had a wound.",
    sources: ["nhs-tetanus"], urgency: .sameDay)

  /// Restless legs with very low mood or thoughts of self-harm.
  public static let lowMood = RedFlag(
    id: "low-mood", rule: "Restless legs with very low mood or thoughts of harming yourself",
    detail:
      "People with restless legs have a higher risk of self-harm; this is not something to carry alone",
    advice:
      Urgency.sameDay.whatToDo + " A crisis line can help at any hour. If you might act on these "
      + "thoughts, call your local emergency number now.",
    sources: ["zhuang-2019", "nhs-rls"], urgency: .sameDay)

  /// Cramps that point to a nerve or muscle problem.
  public static let nerveSigns = RedFlag(
    id: "cramps-nerve-signs",
    rule: "Cramps with numbness, tingling, twitching, weakness or muscle wasting",
    detail:
      "Also cramps that spread beyond the legs or come in the daytime. Simple night cramps do not do this",
    advice: Urgency.soon.whatToDo, sources: ["nhs-leg-cramps", "aafp-2012"], urgency: .soon)

  /// Claudication: narrowed leg arteries.
  public static let claudication = RedFlag(
    id: "claudication", rule: "Calf pain when walking that eases with rest",
    detail: "This can be a sign of narrowed arteries in the legs",
    advice: Urgency.soon.whatToDo, sources: ["nhs-pad", "aafp-2012"], urgency: .soon)

  /// Symptoms that may come from a medicine.
  public static let newMedicine = RedFlag(
    id: "new-medicine", rule: "Symptoms that began after starting or changing a medicine",
    detail: "Some medicines can bring on cramps or restless legs",
    advice: Urgency.soon.whatToDo + " Never stop a medicine without your prescriber.",
    sources: ["aafp-2012", "aasm-2024", "nice-cks-cramps"], urgency: .soon)

  /// Symptoms that disturb sleep or daily life.
  public static let disturbsLife = RedFlag(
    id: "disturbs-life", rule: "Symptoms that disturb your sleep or daily life, or self-help has not worked",
    detail: "A doctor can look for causes such as low iron, and talk through treatment",
    advice: Urgency.soon.whatToDo, sources: ["nhs-rls", "nhs-leg-cramps"], urgency: .soon)

  /// Augmentation or impulse-control changes on a dopamine agonist.
  public static let dopamineAgonist = RedFlag(
    id: "dopamine-agonist",
    rule: "On a dopamine-agonist medicine for RLS: symptoms earlier, stronger or spreading, or new urges",
    detail:
      "Symptoms starting earlier in the day, coming on faster at rest, spreading to the arms or body or "
      + "getting stronger can be augmentation; new urges to gamble, shop, eat or for sex can be a side effect",
    advice: Urgency.soon.whatToDo + " Never stop or change the dose without your prescriber.",
    sources: ["mpi-2007", "aasm-2024"], urgency: .soon)

  /// How often restless legs come: course information, not a trigger.
  public static let rlsCourse = RedFlag(
    id: "rls-course", rule: "How often restless legs come",
    detail:
      "Doctors call RLS chronic-persistent when it comes on 2 or more nights a week on average over a "
      + "year. That describes its course; it is not a diagnosis or a reason to worry on its own",
    advice: Urgency.nextAppointment.whatToDo + " A QuietLegs report (quietlegs report) shows your nights.",
    sources: ["irlssg-2014"], urgency: .nextAppointment)

  /// Every sign, most urgent first.
  public static let all: [RedFlag] = [
    clotWithBreathlessness, coldPaleLeg, clot, longCramp, statinWeakness, woundSpasms, lowMood, nerveSigns,
    claudication, newMedicine, disturbsLife, dopamineAgonist, rlsCourse,
  ]

  /// The signs a report repeats for the doctor and the person: the emergency and same-day ones.
  public static var urgent: [RedFlag] { all.filter { $0.urgency <= .sameDay } }
}
