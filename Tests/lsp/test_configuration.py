"""The project's .factcheck.yml in the editor: include/exclude decide the sources, rule levels set
the severity, a change to the file is picked up, and suppression comments silence diagnostics."""

from lsprotocol import types

from conftest import apply_action, code_actions, diagnostics_for, open_document, start, uri

DRAFT = "The United States keeps 45,000 troops stationed in Japan, the Pentagon said on Tuesday.\n"


async def test_excluded_documents_are_not_sources_until_the_configuration_changes(client, workspace):
    config = workspace / ".factcheck.yml"
    config.write_text("exclude: [wire.txt]\n", encoding="utf-8")
    await start(client, workspace)
    assert any("indexed 0 documents" in m.message for m in client.log_messages)
    draft = workspace / "draft.md"
    open_document(client, draft, DRAFT)
    assert await diagnostics_for(client, draft, 1) == []
    config.write_text("rules:\n  conflicting-value: error\n", encoding="utf-8")
    count = len(client.published)
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=uri(config), type=types.FileChangeType.Changed)]))
    (diagnostic,) = await diagnostics_for(client, draft, 1, after=count)
    assert diagnostic.code == "conflicting-value"
    assert diagnostic.severity == types.DiagnosticSeverity.Error


async def test_a_broken_configuration_is_reported_and_the_defaults_apply(client, workspace):
    (workspace / ".factcheck.yml").write_text("exlude: [wire.txt]\n", encoding="utf-8")
    await start(client, workspace)
    errors = [m.message for m in client.log_messages if m.type == types.MessageType.Error]
    assert len(errors) == 1 and "exlude" in errors[0] and "exclude" in errors[0]
    draft = workspace / "draft.md"
    open_document(client, draft, DRAFT)
    assert [d.code for d in await diagnostics_for(client, draft, 1)] == ["conflicting-value"]


async def test_the_disable_line_action_silences_the_diagnostic(client, workspace):
    await start(client, workspace)
    draft = workspace / "draft.md"
    open_document(client, draft, DRAFT)
    (diagnostic,) = await diagnostics_for(client, draft, 1)
    actions = await code_actions(client, draft, diagnostic)
    (disable,) = [a for a in actions if a.title == "Disable conflicting-value for this line"]
    apply_action(client, draft, 2, disable)
    assert await diagnostics_for(client, draft, 2) == []


async def test_a_suppression_in_the_wire_copy_silences_the_dispute(client, workspace):
    wire = workspace / "wire.txt"
    wire.write_text("factcheck-disable-next-line conflicting-value -- the desk checked\n" + wire.read_text(), encoding="utf-8")
    await start(client, workspace)
    draft = workspace / "draft.md"
    open_document(client, draft, DRAFT)
    assert await diagnostics_for(client, draft, 1) == []
