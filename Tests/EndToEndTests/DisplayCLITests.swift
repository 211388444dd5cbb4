import Foundation
import Testing

@Suite("The user's clock, list filters and routine lengths on the command line")
struct DisplayCLITests {
  func write(_ text: String, to name: String, in q: QuietLegsProcess, folder: String = "quietlegs") throws {
    let dir = URL(fileURLWithPath: q.environment["XDG_CONFIG_HOME"]!).appendingPathComponent(folder)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
  }

  @Test("an en_US locale shows 12-hour times; clock = \"24h\" in config.toml wins; exports stay ISO")
  func clockFollowsLocaleAndSetting() throws {
    var q = try QuietLegsProcess()
    defer { q.cleanUp() }
    q.environment["LANG"] = "en_US.UTF-8"
    let logged = try q.run(["log", "cramp", "--at", "2:10am", "--severity", "6"])
    #expect(logged.status == 0, "\(logged.stderr)")
    #expect(logged.stdout.contains("Sun 22 Nov 2026 2:10 am"), "\(logged.stdout)")
    #expect(try q.run(["log", "rls", "--at", "11:40 pm"]).status == 0)
    let list = try q.run(["list"])
    #expect(list.stdout.contains("2:10 am") && list.stdout.contains("11:40 pm"), "\(list.stdout)")
    let csv = try q.run(["export", "--format", "csv"])
    #expect(csv.stdout.contains("T02:10:00+01:00"), "exports stay ISO 8601: \(csv.stdout)")
    #expect(!csv.stdout.contains(" am"))
    let report = try q.run(["report"])
    #expect(report.stdout.contains("Made 22 Nov 2026, 9:30 am."))
    let med = try q.run(["med", "add", "magnesium", "--at", "9:00 pm"])
    #expect(med.stdout.contains("magnesium, regular at 9:00 pm"), "\(med.stdout) \(med.stderr)")
    try write("clock = \"24h\"\n", to: "config.toml", in: q)
    let list24 = try q.run(["list"])
    #expect(list24.stdout.contains("02:10") && list24.stdout.contains("23:40"), "\(list24.stdout)")
    #expect(!list24.stdout.contains(" am"))
    #expect(try q.run(["med", "list"]).stdout.contains("magnesium, regular at 21:00"))
  }

  @Test("a bad clock value is reported with its line and the rest of config.toml is used")
  func badClock() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try write("clock = \"am\"\n", to: "config.toml", in: q)
    let result = try q.run(["list"])
    #expect(result.status == 0)
    #expect(
      result.stderr.contains("config.toml:1: clock must be \"24h\" (14:30) or \"12h\" (2:30 pm)"),
      "\(result.stderr)")
  }

  @Test("list --kind, --min-severity and --search narrow the table; a bad value is named")
  func listFilters() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try q.run([
      "log", "cramp", "--at", "2026-11-20 02:00", "--severity", "8", "--site", "calf", "--note",
      "après le vélo",
    ])
    try q.run(["log", "rls", "--at", "2026-11-20 23:00", "--severity", "3", "--helped", "walk"])
    try q.run(["log", "twitch", "--at", "2026-11-21 01:00", "--severity", "5"])
    func ids(_ arguments: [String]) throws -> [String] {
      let result = try q.run(["list"] + arguments + ["--format", "csv"])
      #expect(result.status == 0, "\(result.stderr)")
      return result.stdout.split(whereSeparator: \.isNewline).dropFirst().map {
        String($0.split(separator: ",")[0])
      }
    }
    #expect(try ids(["--kind", "rls"]).count == 1)
    #expect(try ids(["--min-severity", "5"]).count == 2)
    #expect(try ids(["--search", "VELO"]).count == 1, "case and accents are ignored")
    #expect(try ids(["--search", "walk"]).count == 1, "what helped is searched")
    #expect(try ids(["--search", "calf", "--kind", "rls"]).isEmpty)
    #expect(try q.run(["list", "--search", "nothing-like-this"]).stdout == "No episodes match.\n")
    let bad = try q.run(["list", "--min-severity", "11"])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("min-severity: '11' is not a whole number from 1 to 10"), "\(bad.stderr)")
    let negative = try q.run(["list", "--min-severity", "-3"])
    #expect(
      negative.stderr.contains("min-severity: '-3' is not a whole number from 1 to 10"), "\(negative.stderr)")
    let kind = try q.run(["list", "--kind", "ache"])
    #expect(kind.stderr.contains("kind: 'ache' is unknown; use cramp, rls or twitch"))
  }

  @Test("routines say 1 step, and a long routine's length reads in hours")
  func routineWording() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try write(
      "name = \"One\"\n[[steps]]\ntitle = \"Hold\"\nseconds = 30\n", to: "one.toml", in: q,
      folder: "quietlegs/routines")
    try write(
      "name = \"Long\"\n[[steps]]\ntitle = \"Hold\"\nseconds = 7200\nrepeat = 3\n", to: "long.toml", in: q,
      folder: "quietlegs/routines")
    let result = try q.run(["routines"])
    let one = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("one ") })
    #expect(one.contains("· 1 step ·") && one.contains("30 s"), "\(one)")
    let long = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("long ") })
    #expect(long.contains("· 1 step ·"), "a step repeated three times is one step: \(long)")
    #expect(long.contains("6 h"), "\(long)")
    #expect(!result.stdout.contains(" 1 steps"))
  }

  @Test("a 104-week HTML report's charts take the page's width")
  func wideReport() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try q.run(["log", "rls", "--at", "2025-01-10 23:00"])
    let result = try q.run(["report", "--weeks", "104", "--format", "html"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("width=\"100%\""))
    #expect(
      !result.stdout.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" width="), "no fixed pixel width")
  }

  @Test("calendar --year prints twelve months as a heat map within 80 columns, with a legend")
  func yearHeatMap() throws {
    var q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try q.run(["log", "cramp", "--at", "2026-01-03 02:00", "--severity", "2"])
    try q.run(["log", "rls", "--at", "2026-01-05 23:00", "--severity", "5"])
    try q.run(["log", "cramp", "--at", "2026-03-10 02:00", "--severity", "9"])
    let result = try q.run(["calendar", "--year"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.allSatisfy { $0.count <= 80 }, "fits 80 columns")
    let january = try #require(lines.first { $0.hasPrefix("Jan ") })
    // Night of 2 Jan (the cramp after midnight on the 3rd) is mild, night of 5 Jan moderate.
    #expect(january.hasPrefix("Jan · ░░· · ▒▒· "), "\(january)")
    #expect(january.hasSuffix("  2"), "nights with episodes in the month")
    let march = try #require(lines.first { $0.hasPrefix("Mar ") })
    #expect(march.contains("▓▓"))
    let december = try #require(lines.first { $0.hasPrefix("Dec") })
    #expect(!december.contains("·"), "nights still to come stay blank")
    #expect(lines.count { $0.count >= 3 && YearNames.months.contains(String($0.prefix(3))) } == 12)
    #expect(result.stdout.contains("· none  ░ mild 1-3  ▒ moderate 4-6  ▓ severe 7-10"))
    #expect(result.stdout.contains("3 nights with episodes in 2026"))
    #expect(!result.stdout.contains("\u{1B}["), "no colour when not on a terminal")
    q.environment["CLICOLOR_FORCE"] = "1"
    let colored = try q.run(["calendar", "--year", "2026"])
    #expect(colored.stdout.contains("\u{1B}[31m▓▓\u{1B}[0m"), "severe nights are red on a terminal")
    let other = try q.run(["calendar", "--year", "2025"])
    #expect(other.stdout.contains("0 nights with episodes in 2025"))
    let bad = try q.run(["calendar", "--year", "26"])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("year: '26' is not a year; use YYYY, e.g. 2026"))
    let bareYear = try q.run(["calendar", "2025"])
    #expect(bareYear.stderr.contains("use YYYY-MM, e.g. 2026-11 (for the whole year: --year 2025)"))
  }

  /// Month abbreviations as the heat map prints them.
  enum YearNames {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
  }

  static let printTools = ["/usr/bin/chromium", "/usr/bin/pdftotext"].allSatisfy {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  @Test(
    "a 104-week HTML report printed by headless Chromium on A4 and Letter shows the first and last weeks",
    .enabled(if: printTools, "needs chromium and pdftotext"))
  func printsOnA4AndLetter() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    try q.run(["log", "rls", "--at", "2024-11-26 23:00"])
    try q.run(["log", "cramp", "--at", "2026-11-20 02:00"])
    let html = q.home.appendingPathComponent("r.html")
    #expect(try q.run(["report", "--weeks", "104", "--format", "html", "--output", html.path]).status == 0)
    let text = try String(contentsOf: html, encoding: .utf8)
    for (paper, page) in [("Letter", "size: letter;"), ("A4", "size: A4;")] {
      let file = q.home.appendingPathComponent("\(paper).html")
      try text.replacingOccurrences(of: "</style>", with: "@page { \(page) }\n</style>")
        .write(to: file, atomically: true, encoding: .utf8)
      let pdf = q.home.appendingPathComponent("\(paper).pdf")
      try tool(
        "/usr/bin/chromium",
        [
          "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
          "--print-to-pdf=\(pdf.path)",
          file.absoluteString,
        ], home: q.home)
      let firstPage = try tool(
        "/usr/bin/pdftotext", ["-f", "1", "-l", "1", "-layout", pdf.path, "-"], home: q.home)
      // The first week's label and the last labelled week (every 5th of 104: week 100, 26 Oct) are on the page.
      #expect(firstPage.contains("11/25"), "\(paper): \(firstPage.prefix(600))")
      #expect(firstPage.contains("10/26"), "\(paper): the chart is cut at the page's edge")
    }
  }

  /// Runs a tool and returns what it printed.
  @discardableResult
  func tool(_ path: String, _ arguments: [String], home: URL) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.environment = ["HOME": home.path, "PATH": "/usr/bin:/bin"]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
