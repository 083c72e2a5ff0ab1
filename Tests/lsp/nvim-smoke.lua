-- Neovim (0.7 or later) headless smoke test: attaches `factcheck lsp` to the draft open in the
-- buffer and waits for its diagnostics. Run by Tests/lsp/nvim-smoke; it writes what it saw to
-- $FACTCHECK_SMOKE_OUT and quits with status 0 when the diagnostics appeared, 1 when not.
local binary = os.getenv("FACTCHECK_BINARY")
local root = os.getenv("FACTCHECK_SMOKE_ROOT")
local out = io.open(os.getenv("FACTCHECK_SMOKE_OUT"), "w")

-- The file named on the command line is loaded only after this script: start once it is.
local function smoke()
  local client_id = vim.lsp.start_client({
    name = "factcheck",
    cmd = { binary, "lsp" },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = "newsroom" } },
    init_options = { debounceMs = 50 },
  })
  if not client_id then
    out:write("the client did not start\n")
    out:close()
    vim.cmd("cquit 1")
  end
  vim.lsp.buf_attach_client(0, client_id)

  -- The wire says 54,000: the draft's 45,000 conflicts, and "6, 200" is malformed.
  local seen = vim.wait(20000, function()
    local codes = {}
    for _, d in ipairs(vim.diagnostic.get(0)) do codes[d.code or ""] = true end
    return codes["conflicting-value"] and codes["malformed-number"]
  end, 50)

  local diagnostics = vim.diagnostic.get(0)
  table.sort(diagnostics, function(a, b) return a.lnum < b.lnum end)
  for _, d in ipairs(diagnostics) do
    out:write(string.format("%d:%d-%d %s %s\n", d.lnum + 1, d.col, d.end_col, tostring(d.code), d.message))
  end
  out:close()
  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
  if seen then vim.cmd("qall!") else vim.cmd("cquit 1") end
end

vim.api.nvim_create_autocmd("VimEnter", { callback = smoke })
