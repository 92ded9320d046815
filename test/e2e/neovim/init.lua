-- Scholarly Lens in Neovim 0.7 or newer, with the built-in LSP client (no plugin).
--
-- Copy this file into your config (or `:luafile` it from your init.lua) and point
-- SCHOLARLY_LENS_SERVER at the built server (`npm run build` makes dist/server.js):
--
--   export SCHOLARLY_LENS_SERVER=/path/to/scholarly-lens/dist/server.js
--
-- Every plain-text and Markdown buffer then gets the language server: hover (K) on
-- a citation shows its reference entry, gd jumps to the entry, diagnostics flag
-- citations that match no entry, and <leader>ca offers the quick fix that rewrites
-- them. The e2e test (test/e2e/neovim.e2e.mjs) runs Neovim with this very file.

local server = vim.env.SCHOLARLY_LENS_SERVER or vim.fn.expand('~/scholarly-lens/dist/server.js')

local function on_attach(_, bufnr)
  local opts = { buffer = bufnr, silent = true }
  vim.keymap.set('n', 'K', vim.lsp.buf.hover, opts)                 -- the entry behind a citation
  vim.keymap.set('n', 'gd', vim.lsp.buf.definition, opts)           -- go to the entry or note
  vim.keymap.set('n', 'gr', vim.lsp.buf.references, opts)           -- every place citing the same work
  vim.keymap.set('n', '<leader>ca', vim.lsp.buf.code_action, opts)  -- quick fix: rewrite to a listed entry
  vim.keymap.set('n', ']d', vim.diagnostic.goto_next, opts)
  vim.keymap.set('n', '[d', vim.diagnostic.goto_prev, opts)
end

local config = {
  name = 'scholarly-lens',
  cmd = { 'node', server, '--stdio' },
  on_attach = on_attach,
}

local client_id = nil -- one server for every paper of this Neovim

vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'text', 'markdown' },
  group = vim.api.nvim_create_augroup('scholarly-lens', { clear = true }),
  callback = function(args)
    config.root_dir = config.root_dir or vim.fn.getcwd()
    if client_id == nil or vim.lsp.get_client_by_id(client_id) == nil then
      client_id = vim.lsp.start_client(config)
    end
    if client_id then
      vim.lsp.buf_attach_client(args.buf, client_id)
    end
  end,
})
