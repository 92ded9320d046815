-- The Neovim end-to-end test, run by test/e2e/neovim.e2e.mjs as
--   nvim --headless -n -i NONE -u test/e2e/neovim/init.lua -c 'luafile test/e2e/neovim/e2e.lua' <paper>
-- with the user config (init.lua) starting `node dist/server.js --stdio` through
-- vim.lsp.start_client + vim.lsp.buf_attach_client. Uses the keys that config maps
-- (K, gd, <leader>ca) as a person would, and writes one JSON line per step to
-- $E2E_RESULTS and what the screen showed (hover, diagnostics) to $E2E_TRANSCRIPT.

local results = assert(io.open(assert(vim.env.E2E_RESULTS, 'E2E_RESULTS not set'), 'w'))
local transcript = assert(io.open(assert(vim.env.E2E_TRANSCRIPT, 'E2E_TRANSCRIPT not set'), 'w'))
local buf = vim.api.nvim_get_current_buf()
local failures = 0

local function note(title, lines)
  transcript:write('## ' .. title .. '\n')
  for _, l in ipairs(lines) do transcript:write(l .. '\n') end
  transcript:write('\n')
  transcript:flush()
end

local function step(name, fn)
  local started = vim.loop.hrtime()
  local ok, err = xpcall(fn, debug.traceback)
  local ms = math.floor((vim.loop.hrtime() - started) / 1e6)
  if not ok then failures = failures + 1 end
  results:write(vim.json.encode({ name = name, status = ok and 'passed' or 'failed', ms = ms, message = ok and nil or tostring(err) }) .. '\n')
  results:flush()
  return ok
end

local function check(cond, msg)
  if not cond then error(msg, 2) end
end

--- Waits up to `ms` for `cond()` to be true, processing events (LSP messages) meanwhile.
local function wait(ms, cond, what)
  check(vim.wait(ms, cond, 20), 'timed out after ' .. ms .. ' ms waiting for ' .. what)
end

--- 1-based line and 0-based byte column of `needle` on 1-based `line`.
local function find(needle, line)
  local text = vim.api.nvim_buf_get_lines(buf, line - 1, line, true)[1]
  local col = text:find(needle, 1, true)
  check(col, ('"%s" is not on line %d'):format(needle, line))
  return line, col - 1
end

local function line_starting(prefix)
  for i, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, true)) do
    if vim.startswith(l, prefix) then return i end
  end
  error('no line starts with ' .. prefix)
end

--- Types keys as a user would (mappings apply), and lets Neovim process them.
local function press(keys)
  vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes(keys, true, false, true), 'mx', false)
end

local function floating_windows()
  local wins = {}
  for _, w in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(w).relative ~= '' then table.insert(wins, w) end
  end
  return wins
end

local function close_floats()
  for _, w in ipairs(floating_windows()) do pcall(vim.api.nvim_win_close, w, true) end
end

local client
step('the user config starts node dist/server.js --stdio and attaches it to the paper', function()
  wait(15000, function()
    for _, c in pairs(vim.lsp.buf_get_clients(buf)) do
      if c.name == 'scholarly-lens' and c.initialized then client = c return true end
    end
    return false
  end, 'the scholarly-lens client to initialise')
  check(vim.lsp.buf_is_attached(buf, client.id), 'client not attached to the buffer')
  local caps = client.server_capabilities or client.resolved_capabilities
  check(caps.hoverProvider or caps.hover, 'the server announces no hover')
  note('client', { 'name: ' .. client.name, 'cmd: ' .. table.concat(client.config.cmd, ' '), 'filetype: ' .. vim.bo[buf].filetype })
end)
if not client then
  results:close()
  transcript:close()
  vim.cmd('cquit 1')
end

local HADAD_LINE, HADAD_COL = find('Hadad, 2017', 32)
local HALV_LINE, HALV_COL = find('Halvorsen (2016)', 22)
local ENTRY_LINE = line_starting('Halvorsen, E. (2016)')

step('diagnostics: "Hadad, 2017" on line 32 is unresolved, with a did-you-mean', function()
  wait(10000, function() return #vim.diagnostic.get(buf) > 0 end, 'diagnostics')
  local all = vim.diagnostic.get(buf)
  local lines = {}
  for _, d in ipairs(all) do
    table.insert(lines, ('%d:%d %s [%s] %s'):format(d.lnum + 1, d.col + 1, vim.diagnostic.severity[d.severity], tostring(d.code), d.message))
  end
  note('vim.diagnostic.get()', lines)
  local hit
  for _, d in ipairs(all) do
    if d.lnum == HADAD_LINE - 1 and d.col == HADAD_COL then hit = d end
  end
  check(hit, ('no diagnostic at %d:%d; got:\n%s'):format(HADAD_LINE, HADAD_COL + 1, table.concat(lines, '\n')))
  check(hit.message:find('No entry for Hadad 2017 — did you mean Haddad', 1, true), 'message: ' .. hit.message)
  check(hit.severity == vim.diagnostic.severity.WARN, 'severity ' .. tostring(hit.severity) .. ', not WARN')
  check(hit.code == 'unresolved-citation', 'code ' .. tostring(hit.code))
  check(hit.end_col - hit.col == #'Hadad, 2017', ('the range covers %d bytes, not "Hadad, 2017"'):format(hit.end_col - hit.col))
end)

step('K on "Halvorsen (2016)" (line 22) shows the reference entry in a float', function()
  close_floats()
  vim.api.nvim_win_set_cursor(0, { HALV_LINE, HALV_COL + 2 })
  press('K')
  wait(5000, function() return #floating_windows() > 0 end, 'the hover float')
  local win = floating_windows()[1]
  local lines = vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(win), 0, -1, true)
  note('hover float (K) at ' .. HALV_LINE .. ':' .. (HALV_COL + 3), lines)
  local text = table.concat(lines, '\n')
  check(text:find('Halvorsen, E.', 1, true), 'no entry author in the hover:\n' .. text)
  check(text:lower():find('shadow of procedure', 1, true), 'no entry title in the hover:\n' .. text)
  check(text:find('cited %d+ times? in this paper'), 'no citation count in the hover:\n' .. text)
  close_floats()
end)

step('gd on "Halvorsen (2016)" jumps to its entry on line ' .. ENTRY_LINE, function()
  vim.api.nvim_win_set_cursor(0, { HALV_LINE, HALV_COL + 2 })
  press('gd')
  wait(5000, function() return vim.api.nvim_win_get_cursor(0)[1] == ENTRY_LINE end, 'the cursor on line ' .. ENTRY_LINE)
  local cur = vim.api.nvim_win_get_cursor(0)
  check(cur[2] == 0, 'gd put the cursor at byte ' .. cur[2] .. ', not the start of the entry')
  check(vim.api.nvim_get_current_buf() == buf, 'gd opened another buffer')
  note('gd', { ('cursor %d:%d'):format(cur[1], cur[2] + 1), vim.api.nvim_get_current_line():sub(1, 80) })
end)

step('<leader>ca on "Hadad, 2017" applies the quick fix "Haddad, 2017", and the diagnostic goes', function()
  -- vim.ui.select is where a person picks the action; take the first (preferred) one.
  local offered = {}
  vim.ui.select = function(items, opts, on_choice)
    for _, item in ipairs(items) do table.insert(offered, opts.format_item and opts.format_item(item) or tostring(item)) end
    on_choice(items[1], 1)
  end
  vim.api.nvim_win_set_cursor(0, { HADAD_LINE, HADAD_COL + 1 })
  press('<leader>ca') -- the config mapped <leader>ca; termcodes turn <leader> into the leader key
  wait(5000, function() return vim.api.nvim_get_current_line():find('(Haddad, 2017)', 1, true) ~= nil end, 'the line to read "(Haddad, 2017)"')
  note('code actions offered', offered)
  check(offered[1] and offered[1]:find("Replace with 'Haddad, 2017'", 1, true), 'first action: ' .. tostring(offered[1]))
  check(not vim.api.nvim_get_current_line():find('Hadad', 1, true), 'the old text is still on the line')
  wait(5000, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.message:find('Hadad 2017', 1, true) then return false end
    end
    return true
  end, 'the server to drop the diagnostic after the edit')
end)

results:close()
transcript:close()
vim.cmd(failures == 0 and 'qall!' or 'cquit 1')
