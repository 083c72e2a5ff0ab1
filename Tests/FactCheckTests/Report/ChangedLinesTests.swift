import FactCheck
import Testing

@Suite struct ChangedLinesTests {
    @Test func hunksGiveTheNewSideLines() {
        let diff = """
        diff --git a/stories/a.md b/stories/a.md
        index 1111111..2222222 100644
        --- a/stories/a.md
        +++ b/stories/a.md
        @@ -3 +3 @@ Intro
        -old
        +new
        @@ -10,0 +11,2 @@
        +added
        +added
        @@ -20,2 +21,0 @@
        -gone
        -gone
        diff --git a/old.txt b/old.txt
        deleted file mode 100644
        --- a/old.txt
        +++ /dev/null
        @@ -1 +0,0 @@
        -x
        """
        let changed = ChangedLines.parse(diff: diff, root: "/repo")
        #expect(changed.lines == ["/repo/stories/a.md": [3, 11, 12]])
        #expect(changed.contains(path: "/repo/stories/a.md", line: 12))
        #expect(!changed.contains(path: "/repo/stories/a.md", line: 21), "a pure deletion changes no line")
        #expect(ChangedLines(untracked: ["/repo/new.md"]).contains(path: "/repo/new.md", line: 99))
    }
}
