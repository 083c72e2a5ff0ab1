"""Open, change (full and incremental), save and close: the buffer is what is checked."""

from lsprotocol import types

from conftest import change_document, diagnostics_for, open_document, start, uri, utf16_len

DRAFT = "# Draft\n\nThe line runs 6, 200 kilometers across the plain.\n"


async def test_initialize_advertises_what_is_implemented(client, workspace):
    result = await start(client, workspace)
    capabilities = result.capabilities
    assert capabilities.hover_provider is True
    assert list(capabilities.code_action_provider.code_action_kinds) == [types.CodeActionKind.QuickFix]
    assert capabilities.text_document_sync.change == types.TextDocumentSyncKind.Incremental
    assert capabilities.text_document_sync.open_close is True
    assert capabilities.position_encoding == types.PositionEncodingKind.Utf16
    assert capabilities.completion_provider is None and capabilities.definition_provider is None
    assert result.server_info.name == "factcheck"


async def test_open_underlines_the_malformed_number(client, workspace):
    await start(client, workspace)
    draft = workspace / "draft.md"
    open_document(client, draft, DRAFT)
    diagnostics = await diagnostics_for(client, draft, 1)
    assert [d.code for d in diagnostics] == ["malformed-number"]
    diagnostic = diagnostics[0]
    column = DRAFT.splitlines()[2].index("6, 200")
    assert diagnostic.range == types.Range(start=types.Position(line=2, character=column),
                                           end=types.Position(line=2, character=column + len("6, 200")))
    assert diagnostic.severity == types.DiagnosticSeverity.Warning
    assert diagnostic.source == "factcheck"
    assert diagnostic.code_description.href == "https://github.com/factcheck/factcheck/blob/main/docs/rules/malformed-number.md"
    assert "6,200" in diagnostic.message


async def test_the_buffer_is_checked_not_the_file_on_disk(client, workspace):
    await start(client, workspace)
    draft = workspace / "draft.md"
    draft.write_text("Nothing to see here.\n", encoding="utf-8")
    open_document(client, draft, DRAFT)
    assert [d.code for d in await diagnostics_for(client, draft, 1)] == ["malformed-number"]


async def test_incremental_changes_fix_and_break_the_number(client, workspace):
    await start(client, workspace)
    draft = workspace / "draft.md"
    open_document(client, draft, DRAFT)
    await diagnostics_for(client, draft, 1)
    column = DRAFT.splitlines()[2].index("6, 200")
    # Delete the space after the comma: "6, 200" -> "6,200".
    change_document(client, draft, 2, [types.TextDocumentContentChangePartial(
        range=types.Range(start=types.Position(line=2, character=column + 2),
                          end=types.Position(line=2, character=column + 3)),
        text="")])
    assert await diagnostics_for(client, draft, 2) == []
    # Two edits in one notification, the second in terms of the text after the first.
    change_document(client, draft, 3, [
        types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=3, character=0), end=types.Position(line=3, character=0)),
            text="\nIt cost 12,,300 dollars.\n"),
        types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=0, character=2), end=types.Position(line=0, character=7)),
            text="Story"),
    ])
    diagnostics = await diagnostics_for(client, draft, 3)
    assert [(d.code, d.range.start.line) for d in diagnostics] == [("malformed-number", 4)]
    assert diagnostics[0].range.start.character == len("It cost ")


async def test_full_change_replaces_the_text(client, workspace):
    await start(client, workspace)
    draft = workspace / "draft.md"
    open_document(client, draft, "All clean.\n")
    assert await diagnostics_for(client, draft, 1) == []
    change_document(client, draft, 2, [types.TextDocumentContentChangeWholeDocument(text="It weighs 54.000 tonnes.\n")])
    assert [d.code for d in await diagnostics_for(client, draft, 2)] == ["malformed-number"]


async def test_close_clears_the_diagnostics(client, workspace):
    await start(client, workspace)
    draft = workspace / "draft.md"
    open_document(client, draft, DRAFT)
    await diagnostics_for(client, draft, 1)
    count = len(client.published)
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri(draft))))
    assert await diagnostics_for(client, draft, None, after=count) == []


async def test_multibyte_text_before_the_number_in_utf16(client, workspace):
    await start(client, workspace)
    draft = workspace / "draft.txt"
    prefix = "日本 👨‍👩‍👧 東京 🇯🇵 the line runs "
    text = "Title\n" + prefix + "6, 200 kilometers.\n"
    open_document(client, draft, text, language="plaintext")
    (diagnostic,) = await diagnostics_for(client, draft, 1)
    assert diagnostic.range.start == types.Position(line=1, character=utf16_len(prefix))
    assert diagnostic.range.end == types.Position(line=1, character=utf16_len(prefix + "6, 200"))
    # An incremental edit addressed in UTF-16 after the emoji lands on the right characters.
    at = utf16_len(prefix + "6,")
    change_document(client, draft, 2, [types.TextDocumentContentChangePartial(
        range=types.Range(start=types.Position(line=1, character=at), end=types.Position(line=1, character=at + 1)),
        text="")])
    assert await diagnostics_for(client, draft, 2) == []


async def test_multibyte_text_in_negotiated_utf8(client, workspace):
    capabilities = client_capabilities_with_encodings(["utf-8", "utf-16"])
    result = await start(client, workspace, capabilities=capabilities)
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
    draft = workspace / "draft.txt"
    prefix = "日本 👨‍👩‍👧 the line runs "
    open_document(client, draft, prefix + "6, 200 kilometers.\n", language="plaintext")
    (diagnostic,) = await diagnostics_for(client, draft, 1)
    assert diagnostic.range.start.character == len(prefix.encode("utf-8"))
    assert diagnostic.range.end.character == len((prefix + "6, 200").encode("utf-8"))


def client_capabilities_with_encodings(encodings):
    from pytest_lsp import client_capabilities
    capabilities = client_capabilities("neovim")
    capabilities.general = types.GeneralClientCapabilities(position_encodings=encodings)
    return capabilities
