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

  @Test("seed sources point at real seed files")
  func seedSourcesExist() {
    for source in catalog.sources where source.id.hasPrefix("seed-") {
      #expect(source.citation.hasPrefix("shared/seeds/\(source.id.dropFirst(5))_"))
    }
  }

  @Test func coversTheCausesInTheDomainFacts() {
    for word in [
      "iron", "magnesium", "caffeine", "pregnan", "statin", "diuretic", "varicose", "kidney", "thyroid",
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
    let sources = "[[sources]]\nid = \"s\"\ntitle = \"t\"\ncitation = \"c\"\n"
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
        "run Scripts/generate.sh")
    }
  }
}
