-- Run by test_nvim.sh in `nvim --headless`: opens a rubric with a typo through the shipped config
-- (editors/vim) and checks the diagnostic that `rubric lsp` publishes, read back with vim.diagnostic.get().
local binary = os.getenv('RUBRIC_BINARY')
local file = os.getenv('RUBRIC_FILE')

local function fail(message)
  io.stderr:write('nvim test: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

vim.cmd('filetype plugin on')
vim.cmd('syntax on')
require('rubric.lsp').setup({ cmd = { binary, 'lsp' } })
vim.cmd('edit ' .. vim.fn.fnameescape(file))

if vim.bo.filetype ~= 'rubric' then
  fail('filetype is "' .. vim.bo.filetype .. '", not rubric (ftdetect)')
end
if vim.b.current_syntax ~= 'rubric' then
  fail('the rubric syntax file did not load')
end
local errors = { severity = vim.diagnostic.severity.ERROR }
local arrived = vim.wait(20000, function()
  return #vim.diagnostic.get(0, errors) > 0
end, 50)
if not arrived then
  fail('no error diagnostic arrived within 20 s')
end
-- The typo also leaves `cash` unused: that warning arrives too.
if #vim.diagnostic.get(0, { severity = vim.diagnostic.severity.WARN }) ~= 1 then
  fail('expected one warning (cash is never used)')
end
local d = vim.diagnostic.get(0, errors)[1]
io.stdout:write(string.format('%s:%d:%d: %s\n', file, d.lnum + 1, d.col + 1, d.message))
-- The typo `cahs` is on line 4 (0-based 3), column 40 (0-based 39).
if d.lnum ~= 3 or d.col ~= 39 or d.message ~= "unknown name 'cahs'" then
  fail('unexpected diagnostic')
end
vim.cmd('qall!')
