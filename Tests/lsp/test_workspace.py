"""The workspace as the other sources: cross-file conflicts with related information, hover
corroboration, and updates from watched-file events."""

from lsprotocol import types

from conftest import diagnostics_for, open_document, settle, start, uri

DRAFT = (
    "# Troops\n"
    "\n"
    "The United States keeps 45,000 troops stationed in Japan, the Pentagon said on Tuesday.\n"
)


async def test_conflict_with_the_wire_points_at_the_wire_sentence(client, workspace):
    await start(client, workspace)
    draft = workspace / "draft.md"
    open_document(client, draft, DRAFT)
    (diagnostic,) = await diagnostics_for(client, draft, 1)
    assert diagnostic.code == "conflicting-value"
    column = DRAFT.splitlines()[2].index("45,000")
    assert diagnostic.range == types.Range(start=types.Position(line=2, character=column),
                                           end=types.Position(line=2, character=column + len("45,000")))
    assert "54,000" in diagnostic.message
    (related,) = diagnostic.related_information
    assert related.location.uri == uri(workspace / "wire.txt")
    wire_line = (workspace / "wire.txt").read_text().splitlines()[0]
    at = wire_line.index("54,000")
    assert related.location.range == types.Range(start=types.Position(line=0, character=at),
                                                  end=types.Position(line=0, character=at + len("54,000")))
    assert related.message.startswith("54,000")


async def test_hover_shows_the_fact_and_who_disagrees(client, workspace):
    await start(client, workspace)
    draft = workspace / "draft.md"
    open_document(client, draft, DRAFT)
    await diagnostics_for(client, draft, 1)
    column = DRAFT.splitlines()[2].index("45,000") + 2
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri(draft)), position=types.Position(line=2, character=column)))
    assert hover.contents.kind == types.MarkupKind.Markdown
    text = hover.contents.value
    assert "**45,000" in text and "military personnel" in text
    assert "Disputed" in text and "2 sources" in text
    assert "`54,000`" in text and "wire.txt:1" in text and "this document, line 3" in text
    assert hover.range.start == types.Position(line=2, character=column - 2)


async def test_hover_on_an_agreed_fact_and_off_any_number(client, workspace):
    await start(client, workspace)
    draft = workspace / "draft.md"
    text = "The agreement covers a physical distance of 6,200 kilometers, officials said.\n"
    open_document(client, draft, text)
    await diagnostics_for(client, draft, 1)
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri(draft)), position=types.Position(line=0, character=text.index("6,200"))))
    assert "6,200,000 m" in hover.contents.value and "Agreed" in hover.contents.value
    nothing = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri(draft)), position=types.Position(line=0, character=2)))
    assert nothing is None


async def test_a_watched_file_change_updates_the_sources(client, workspace):
    await start(client, workspace)
    assert [r.method for r in client.registrations] == ["workspace/didChangeWatchedFiles"]
    draft = workspace / "draft.md"
    open_document(client, draft, DRAFT)
    assert [d.code for d in await diagnostics_for(client, draft, 1)] == ["conflicting-value"]
    wire = workspace / "wire.txt"
    wire.write_text(wire.read_text().replace("54,000", "45,000"), encoding="utf-8")
    count = len(client.published)
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=uri(wire), type=types.FileChangeType.Changed)]))
    assert await diagnostics_for(client, draft, 1, after=count) == []
    # A new file that disagrees is picked up as well.
    other = workspace / "desk" / "notes.txt"
    other.parent.mkdir()
    other.write_text("The United States has 54,000 troops stationed in Japan, the Pentagon said on Tuesday.\n")
    count = len(client.published)
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=uri(other), type=types.FileChangeType.Created)]))
    (diagnostic,) = await diagnostics_for(client, draft, 1, after=count)
    # The wire now agrees with the draft; both stand against the new file.
    assert {r.location.uri for r in diagnostic.related_information} == {uri(other), uri(wire)}


async def test_two_open_drafts_are_checked_as_their_buffers_stand(client, workspace):
    await start(client, workspace, options={"indexWorkspace": False})
    first, second = workspace / "a.md", workspace / "b.md"
    open_document(client, first, DRAFT)
    assert await diagnostics_for(client, first, 1) == []  # the wire is not indexed
    open_document(client, second, DRAFT.replace("45,000", "54,000"))
    (diagnostic,) = await diagnostics_for(client, second, 1)
    assert diagnostic.related_information[0].location.uri == uri(first)
    await settle(client)
    # The first draft is checked again: it now disagrees with the second buffer.
    assert [d.code for d in client.diagnostics[uri(first)]] == ["conflicting-value"]


async def test_hidden_folders_are_not_sources(client, workspace):
    hidden = workspace / ".build"
    hidden.mkdir()
    (hidden / "copy.txt").write_text("The United States has 45,000 troops stationed in Japan, the Pentagon said on Tuesday.\n")
    await start(client, workspace)
    assert any("indexed 1 documents" in m.message for m in client.log_messages)
