-- Starts `rubric lsp` for rubric buffers in Neovim's built-in LSP client (docs/editors.md).
-- Works with Neovim 0.7 (Debian 12) and later: vim.lsp.start where it exists, else start_client.
--   require('rubric.lsp').setup({ cmd = { '/path/to/rubric', 'lsp' } })
local M = {}

local defaults = { cmd = { 'rubric', 'lsp' } }

-- Attaches the rubric language server to buffer `bufnr`, starting it once per root folder.
function M.attach(bufnr, options)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local root = vim.fn.fnamemodify(name, ':p:h')
  local config = { name = 'rubric', cmd = options.cmd, root_dir = root }
  if vim.lsp.start then
    vim.lsp.start(config, { bufnr = bufnr })
    return
  end
  M.clients = M.clients or {}
  local id = M.clients[root]
  if not id or vim.lsp.get_client_by_id(id) == nil then
    id = vim.lsp.start_client(config)
    M.clients[root] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
end

-- Registers the autocommand that attaches the server to every rubric buffer.
function M.setup(options)
  options = vim.tbl_extend('force', defaults, options or {})
  local group = vim.api.nvim_create_augroup('rubric_lsp', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = 'rubric',
    callback = function(args)
      M.attach(args.buf, options)
    end,
  })
end

return M
