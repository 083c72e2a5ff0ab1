"""Code actions: the quick fix for a malformed number or a wrong conversion, and the
suppression comment that disables a rule for one line."""

from lsprotocol import types

from conftest import apply_action, code_actions, diagnostics_for, open_document, start, uri


def apply(text: str, edits) -> str:
    """Applies LSP edits (UTF-16 positions) to `text`."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)

    def offset(position):
        line = lines[position.line]
        units = 0
        for index, character in enumerate(line):
            if units >= position.character:
                return offsets[position.line] + index
            units += len(character.encode("utf-16-le")) // 2
        return offsets[position.line] + len(line)

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[:offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end):]
    return text


async def open_with_one_diagnostic(client, workspace, name, text, **open_options):
    """Starts the server, opens `text` as workspace/`name` and returns its path and its one diagnostic."""
    await start(client, workspace)
    draft = workspace / name
    open_document(client, draft, text, **open_options)
    (diagnostic,) = await diagnostics_for(client, draft, 1)
    return draft, diagnostic


async def test_quick_fix_for_a_space_inside_the_number(client, workspace):
    text = "# Draft\n\n  The line 👨‍👩‍👧 runs 6, 200 kilometers.\n"
    draft, diagnostic = await open_with_one_diagnostic(client, workspace, "draft.md", text)
    actions = await code_actions(client, draft, diagnostic)
    fix = actions[0]
    assert fix.title == "Write '6,200'" and fix.kind == types.CodeActionKind.QuickFix and fix.is_preferred
    fixed = apply(text, fix.edit.changes[uri(draft)])
    assert fixed == text.replace("6, 200", "6,200")
    # Applying it makes the diagnostic go away.
    apply_action(client, draft, 2, fix)
    assert await diagnostics_for(client, draft, 2) == []


async def test_quick_fix_for_a_wrong_conversion(client, workspace):
    text = "The road is 100 km (72 miles) long.\n"
    draft, diagnostic = await open_with_one_diagnostic(client, workspace, "draft.md", text)
    assert diagnostic.code == "conversion-mismatch"
    assert text[diagnostic.range.start.character:diagnostic.range.end.character] == "72"
    fix = (await code_actions(client, draft, diagnostic))[0]
    assert apply(text, fix.edit.changes[uri(draft)]) == "The road is 100 km (62 miles) long.\n"


async def test_disable_for_this_line_in_markdown(client, workspace):
    text = "# Draft\n\n  The line runs 6, 200 kilometers.\n"
    draft, diagnostic = await open_with_one_diagnostic(client, workspace, "draft.md", text)
    actions = await code_actions(client, draft, diagnostic)
    disable = [a for a in actions if a.title == "Disable malformed-number for this line"]
    assert len(disable) == 1
    assert apply(text, disable[0].edit.changes[uri(draft)]) == (
        "# Draft\n\n  <!-- factcheck-disable-next-line malformed-number -- reviewed -->\n  The line runs 6, 200 kilometers.\n")


async def test_disable_for_this_line_in_plain_text(client, workspace):
    text = "The line runs 6, 200 kilometers.\n"
    draft, diagnostic = await open_with_one_diagnostic(client, workspace, "draft.txt", text, language="plaintext")
    actions = await code_actions(client, draft, diagnostic)
    (disable,) = [a for a in actions if a.title.startswith("Disable")]
    assert apply(text, disable.edit.changes[uri(draft)]) == (
        "factcheck-disable-next-line malformed-number -- reviewed\nThe line runs 6, 200 kilometers.\n")


async def test_no_actions_away_from_findings_or_for_other_kinds(client, workspace):
    await start(client, workspace)
    draft = workspace / "draft.md"
    open_document(client, draft, "Clean line.\n\nThe line runs 6, 200 kilometers.\n")
    (diagnostic,) = await diagnostics_for(client, draft, 1)
    away = types.Diagnostic(range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=3)), message="")
    assert not await code_actions(client, draft, away)
    assert not await code_actions(client, draft, diagnostic, only=[types.CodeActionKind.Refactor])
