extension Configuration {
    /// What `factcheck init` writes: every key, commented, with the defaults spelled out.
    public static var template: String {
        let rules = CheckCatalog.descriptions.map { "  # \($0.id): \($0.defaultLevel.rawValue)" }.joined(separator: "\n")
        return """
        # FactCheck configuration. factcheck reads the nearest .factcheck.yml in the working
        # directory or a folder above it (or the file given with --config). Paths and globs are
        # relative to this file's folder. Unknown keys are errors, so a typo never goes unnoticed.

        # Rule levels: error, warning, note, or off. Unlisted rules keep their default level.
        rules:
        \(rules)

        # Which files are checked when a folder is walked or files are named. Globs as in .gitignore:
        # '*' within a folder, '**' across folders; a pattern without '/' matches at any depth.
        # include: ["**/*.md", "wire/**"]
        exclude:
          - "node_modules"
          - "vendor"

        # Folders of extra rule files (units, nouns, exclusions, ...) on top of the built-in rules.
        # rule-folders: [newsroom-rules]

        # Tolerances, by check (or 'identity' for when two claims are the same fact).
        # tolerances:
        #   conversion-mismatch:
        #     relative_tolerance: 0.005    # an inline conversion may be off by 0.5% beyond its rounding
        #     currency_tolerance: 0.15     # exchange rates move
        #   arithmetic-mismatch:
        #     percent_slack: 0.15          # percentage points a stated change may miss by
        #   identity:
        #     approximate_tolerance: 0.02  # how far "about 6,000" reaches

        # What is known about documents that do not say it themselves (front matter wins):
        # publication date (for "last year", "on Sunday") and source name.
        # documents:
        #   - files: "wire/ap-*.txt"
        #     source: AP
        #     date: 2025-03-10

        # The lowest level that fails the run (exit status 1); --fail-level overrides it.
        fail-level: warning

        # What drafts are compared with by `check --drafts` and the pre-commit hook (the staged
        # files are the drafts); only findings that involve a draft are reported. Default: this folder.
        # against: [wire, stories]

        """
    }
}
