"""The protocol's edges: malformed and unknown requests are answered with errors while the server
keeps serving; shutdown and exit end it with status 0, a client that vanishes with status 1."""

import asyncio
import json
import subprocess

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcMethodNotFound

from conftest import BINARY, diagnostics_for, open_document, start, uri


def frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def spy_on_errors(client):
    """Error responses the client receives, by id (None for a parse error), however they were asked."""
    errors = {}
    handle = client.protocol.handle_message

    def spy(message):
        if getattr(message, "error", None) is not None:
            errors[message.id] = message.error
        return handle(message)

    client.protocol.handle_message = spy
    return errors


async def raw_error(client, errors, body: bytes, key):
    """Writes `body` as it is (pygls would refuse to send it) and waits for the error answering `key`."""
    client.protocol.writer.write(frame(body))
    for _ in range(500):
        if key in errors:
            return errors.pop(key)
        await asyncio.sleep(0.01)
    raise AssertionError(f"no error response for {key!r}")


async def test_malformed_requests_are_answered_with_errors_and_the_server_keeps_serving(client, workspace):
    await start(client, workspace)
    errors = spy_on_errors(client)
    # Not JSON: a parse error, with a null id since none could be read.
    error = await raw_error(client, errors, b'{"jsonrpc": "2.0", "id": 99, "method": "textDocument/hover", "params": {', None)
    assert error.code == -32700
    # JSON, but params of the wrong shape: invalid params.
    error = await raw_error(client, errors, b'{"jsonrpc": "2.0", "id": 100, "method": "textDocument/hover", "params": {"textDocument": 5}}', 100)
    assert error.code == -32602 and "textDocument" in error.message
    # A request without a method: invalid request.
    error = await raw_error(client, errors, b'{"jsonrpc": "2.0", "id": 101, "params": {}}', None)
    assert error.code == -32600
    # A header block without Content-Length is skipped, and answered as a parse error.
    client.protocol.writer.write(b"Content-Type: nonsense\r\n\r\n")
    for _ in range(500):
        if None in errors:
            break
        await asyncio.sleep(0.01)
    assert errors.pop(None).code == -32700
    # Still serving.
    draft = workspace / "draft.md"
    open_document(client, draft, "The line runs 6, 200 kilometers.\n")
    assert [d.code for d in await diagnostics_for(client, draft, 1)] == ["malformed-number"]


async def test_unknown_methods_are_answered_with_errors(client, workspace):
    await start(client, workspace)
    with pytest.raises(JsonRpcMethodNotFound):
        await client.protocol.send_request_async("factcheck/noSuchMethod", {})
    # An unknown notification is ignored; the server still answers.
    client.protocol.notify("factcheck/noSuchNotification", {"x": 1})
    draft = workspace / "draft.md"
    open_document(client, draft, "Clean.\n")
    assert await diagnostics_for(client, draft, 1) == []
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri(draft)), position=types.Position(line=0, character=0)))
    assert hover is None


def run_session(messages, close_stdin=True):
    """Runs the server on framed `messages` and returns its exit status and what it wrote."""
    process = subprocess.Popen([BINARY, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out, _ = process.communicate(b"".join(frame(json.dumps(m).encode()) for m in messages), timeout=60)
    return process.returncode, out


def responses(out: bytes):
    found = []
    while out:
        header, _, rest = out.partition(b"\r\n\r\n")
        length = int(header.split(b":")[1])
        found.append(json.loads(rest[:length]))
        out = rest[length:]
    return found


INITIALIZE = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}, "processId": None, "rootUri": None}}


def test_shutdown_then_exit_ends_with_status_0():
    status, out = run_session([INITIALIZE, {"jsonrpc": "2.0", "method": "initialized", "params": {}},
                               {"jsonrpc": "2.0", "id": 2, "method": "shutdown"},
                               {"jsonrpc": "2.0", "id": 3, "method": "textDocument/hover", "params": {}},
                               {"jsonrpc": "2.0", "method": "exit"}])
    assert status == 0
    answers = {r["id"]: r for r in responses(out) if "id" in r}
    assert answers[2] == {"jsonrpc": "2.0", "id": 2, "result": None}
    assert answers[3]["error"]["code"] == -32600  # no requests after shutdown


def test_exit_without_shutdown_ends_with_status_1():
    status, _ = run_session([INITIALIZE, {"jsonrpc": "2.0", "method": "exit"}])
    assert status == 1


def test_a_client_that_vanishes_ends_the_server_with_status_1():
    status, out = run_session([INITIALIZE, {"jsonrpc": "2.0", "method": "initialized", "params": {}},
                               {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
                                   "uri": "file:///tmp/factcheck-vanish.md", "languageId": "markdown", "version": 1,
                                   "text": "The line runs 6, 200 kilometers.\n"}}}])
    assert status == 1
    assert responses(out)[0]["id"] == 1


def test_requests_before_initialize_are_refused():
    status, out = run_session([{"jsonrpc": "2.0", "id": 7, "method": "textDocument/hover", "params": {}}, INITIALIZE,
                               {"jsonrpc": "2.0", "id": 8, "method": "initialize", "params": {"capabilities": {}}}])
    answers = {r["id"]: r for r in responses(out)}
    assert answers[7]["error"]["code"] == -32002
    assert "result" in answers[1]
    assert answers[8]["error"]["code"] == -32600
    assert status == 1
