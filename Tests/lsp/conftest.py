"""Shared fixtures for the end-to-end tests of `factcheck lsp` (pytest + pytest-lsp).

Each test gets a fresh workspace folder holding a wire report, and a client that has
initialized the real binary on it and waited until the workspace is indexed.
"""

import asyncio
import os
import pathlib
import sys
import time

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features
from pygls.protocol import default_converter

REPO = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("FACTCHECK_BINARY", str(REPO / ".build" / "debug" / "factcheck"))

# The wire copy every draft is checked against: it says 54,000 troops and 6,200 kilometres.
WIRE = (
    "WASHINGTON (Reuters) - The United States has about 54,000 troops stationed in Japan, "
    "the Pentagon said on Tuesday.\n"
    "The agreement covers a physical distance of 6,200 kilometers.\n"
)


def uri(path: pathlib.Path) -> str:
    return path.resolve().as_uri()


async def start(client: LanguageClient, folder: pathlib.Path, capabilities=None, options=None):
    """Initializes the server on `folder` and waits until its documents are indexed."""
    params = types.InitializeParams(
        capabilities=capabilities or client_capabilities("visual-studio-code"),
        workspace_folders=[types.WorkspaceFolder(uri=uri(folder), name="newsroom")],
        initialization_options={"debounceMs": 20, **(options or {})},
    )
    result = await client.initialize_session(params)
    while (options or {}).get("indexWorkspace", True) and not any("indexed" in m.message for m in client.log_messages):
        await client.wait_for_notification(types.WINDOW_LOG_MESSAGE)
    return result


def open_document(client: LanguageClient, path: pathlib.Path, text: str, language="markdown", version=1):
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri(path), language_id=language, version=version, text=text)))


def change_document(client: LanguageClient, path: pathlib.Path, version: int, changes):
    """Sends `changes` (full or partial content changes) as the document's `version`."""
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri(path), version=version), content_changes=list(changes)))


def apply_action(client: LanguageClient, path: pathlib.Path, version: int, action: types.CodeAction):
    """Applies a code action's edits to the open document, as an editor does, as its `version`."""
    change_document(client, path, version, [types.TextDocumentContentChangePartial(range=e.range, text=e.new_text)
                                            for e in action.edit.changes[uri(path)]])


async def code_actions(client: LanguageClient, path: pathlib.Path, diagnostic: types.Diagnostic, only=None):
    """The code actions offered for `diagnostic`, asked for over its range."""
    return await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri(path)), range=diagnostic.range,
        context=types.CodeActionContext(diagnostics=[diagnostic], only=only)))


async def diagnostics_for(client: LanguageClient, path: pathlib.Path, version: int, after: int = 0, timeout: float = 20):
    """The latest diagnostics published for `path` at `version`, waiting for the first ones
    (`after`: ignore what was published before that many notifications)."""
    target = uri(path)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [p for p in client.published[after:] if p.uri == target and p.version == version]
        if found:
            return list(found[-1].diagnostics)
        await asyncio.sleep(0.01)
    raise AssertionError(f"no diagnostics for {target} version {version} within {timeout} s: {client.published}")


async def settle(client: LanguageClient, quiet: float = 0.3):
    """Waits until no diagnostics have arrived for `quiet` seconds (checks of other documents)."""
    count = -1
    while count != len(client.published):
        count = len(client.published)
        await asyncio.sleep(quiet)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.fixture
def workspace(tmp_path):
    folder = tmp_path / "newsroom"
    folder.mkdir()
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    return folder


def record_diagnostics(client: LanguageClient, params: types.PublishDiagnosticsParams):
    client.diagnostics[params.uri] = params.diagnostics
    client.published.append(params)


def record_registration(client: LanguageClient, params: types.RegistrationParams):
    client.registrations.extend(params.registrations)


def make_client() -> LanguageClient:
    """pytest-lsp's test client, keeping every publishDiagnostics in order (with its version) and
    every capability the server registers."""
    client = LanguageClient(converter_factory=default_converter)
    client.published = []
    client.registrations = []
    register_lsp_features(client, {**DEFAULT_CLIENT_FEATURES,
                                   types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: record_diagnostics,
                                   types.CLIENT_REGISTER_CAPABILITY: record_registration})
    return client


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BINARY, "lsp"], client_factory=make_client))
async def client(lsp_client: LanguageClient):
    yield
    await lsp_client.shutdown_session()


def pytest_configure(config):
    if not os.access(BINARY, os.X_OK):
        sys.exit(f"Tests/lsp: no factcheck binary at {BINARY} (run 'swift build' first, or set FACTCHECK_BINARY)")
