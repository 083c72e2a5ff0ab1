-- Neovim (0.7 or later) headless smoke test, run by Tests/lsp/nvim-smoke: the README's Neovim 0.7
-- configuration ($FACTCHECK_README_LUA, taken from README.md as written) attaches `factcheck lsp` to
-- the draft, and this waits for its diagnostics in the buffer. It writes what it saw to
-- $FACTCHECK_SMOKE_OUT and quits with status 0 when the diagnostics appeared, 1 when not.
dofile(os.getenv("FACTCHECK_README_LUA"))

local function smoke()
  local out = io.open(os.getenv("FACTCHECK_SMOKE_OUT"), "w")
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
  if #vim.lsp.get_active_clients() == 0 then out:write("no language server client is running\n") end
  out:close()
  for _, client in ipairs(vim.lsp.get_active_clients()) do client.stop() end
  vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
  if seen then vim.cmd("qall!") else vim.cmd("cquit 1") end
end

-- The file named on the command line is loaded (and its FileType set) only after this script.
vim.api.nvim_create_autocmd("VimEnter", { callback = smoke })
