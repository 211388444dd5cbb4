import Foundation
import Testing

@testable import QuietLegsCore

@Suite("Cause catalog")
struct CauseCatalogTests {
  let catalog = CauseCatalog.builtIn

  @Test func hasEnoughCausesInEveryGroup() {
    #expect(catalog.causes.count >= 25)
    #expect(
      catalog.groups.map(\.id) == ["nutrition", "lifestyle", "life-stage", "medications", "conditions"])
    for group in catalog.groups {
      #expect(catalog.causes.contains { $0.group == group.id }, "group \(group.id) is empty")
    }
  }

  @Test func everyCauseIsCompleteAndSourced() {
    #expect(Set(catalog.causes.map(\.id)).count == catalog.causes.count)
    let known = Set(catalog.sources.map(\.id))
    for cause in catalog.causes {
      #expect(!cause.sources.isEmpty)
      #expect(cause.sources.allSatisfy(known.contains), "\(cause.id)")
      for text in [cause.title, cause.why, cause.check, cause.action, cause.doctor] {
        #expect(!text.isEmpty && !text.contains("\n"), "\(cause.id)")
      }
    }
  }

  @Test("popular articles are cited by their own titles, undated, never by file or id")
  func seedsCitedByTitle() throws {
    let titles = [
      "seed-000": "Leg Cramps In The Midnight? 7 Truths About What Causes Restless Leg Syndrome Revealed!",
      "seed-001": "Magnesium for Restless Legs Syndrome",
      "seed-003": "What Causes Leg Cramps? Surprisingly, These 7 Factors May Be to Blame",
      "seed-004": "Here's Why Your Legs Cramp Up at Night and How to Fix It",
    ]
    for (id, title) in titles {
      let source = try #require(catalog.source(id: id))
      #expect(source.title == title)
      #expect(source.level == .popular && source.year == "undated")
      #expect(source.reference.lowercased().contains("popular web article"))
    }
    let untitled = try #require(catalog.source(id: "seed-002"))
    #expect(untitled.title.contains("If you've ever experienced your legs suddenly contracting"))
  }

  @Test("a source that shows a file path or has no year or link is refused, naming the problem")
  func badSourcesAreRefused() {
    let base = "[[sources]]\nid = \"s\"\nshort = \"S\"\ntitle = \"T\"\npublisher = \"P\"\n"
    let cases = [
      base + "year = \"2020\"\nlevel = \"popular\"\nlink = \"shared/seeds/000_x.txt\"\n": ".txt",
      base + "year = \"soon\"\nlevel = \"popular\"\n": "year",
      base + "year = \"2020\"\nlevel = \"guideline\"\n": "link",
      base + "year = \"2020\"\nlevel = \"blog\"\n": "level",
    ]
    for (text, word) in cases {
      #expect {
        try CauseCatalog(causesTOML: "", sourcesTOML: text)
      } throws: { error in
        (error as? TOMLFileError)?.message.contains(word) == true
      }
    }
  }

  @Test func coversTheCausesInTheDomainFacts() {
    for word in [
      "iron", "magnesium", "caffeine", "pregnan", "statin", "diuretic", "varicose", "kidney", "thyroid",
      "older", "cirrhosis", "stenosis", "dialysis", "blood donation", "nifedipine", "salbutamol",
    ] {
      #expect(!catalog.matching(word).isEmpty, "nothing about \(word)")
    }
  }

  @Test func filterMatchesAllWords() {
    let hits = catalog.matching("iron ferritin")
    #expect(hits.first?.id == "iron-deficiency")
    #expect(catalog.matching("zzzz-nothing").isEmpty)
  }

  @Test func suggestsCloseIds() {
    #expect(catalog.suggestions(for: "iron").contains("iron-deficiency"))
    #expect(catalog.suggestions(for: "caffiene").contains { $0.contains("caffeine") })
  }

  @Test func invalidCatalogNamesTheProblem() {
    let sources =
      "[[sources]]\nid = \"s\"\nshort = \"S\"\ntitle = \"t\"\npublisher = \"p\"\nyear = \"2020\"\nlevel = \"popular\"\n"
    let causes = """
      [[groups]]
      id = "g"
      title = "G"
      [[causes]]
      id = "a"
      group = "g"
      title = "A"
      condition = "rls"
      why = "w"
      check = "c"
      action = "a"
      doctor = "d"
      sources = ["nope"]
      """
    #expect {
      try CauseCatalog(causesTOML: causes, sourcesTOML: sources)
    } throws: { error in
      let e = error as? TOMLFileError
      return e?.line == 13 && e?.message.contains("source") == true
    }
  }

  @Test("the carried copy equals the data files")
  func embeddedCopyMatchesFiles() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    for name in ["causes", "sources"] {
      let file = root.appendingPathComponent("Sources/QuietLegsCore/Knowledge/\(name).toml")
      #expect(
        EmbeddedKnowledge.files[name] == (try String(contentsOf: file, encoding: .utf8)),
        "EmbeddedKnowledge.files[\"\(name)\"] must carry \(name).toml")
    }
  }
}
