// Asks the language server itself (node dist/server.js --stdio) what it answers at
// a position, so that a UI test can tell "the server has no such feature yet"
// (a logged skip) from "the editor does not show what the server sent" (a failure).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO, SERVER_JS } from './env.mjs';

const require = createRequire(path.join(REPO, 'package.json'));

/** Runs `fn(request)` against a fresh server with `file` open, then stops the server. */
export async function withServer(file, fn) {
  const rpc = require('vscode-jsonrpc/node'); // a devDependency of the extension
  const child = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  connection.onRequest(() => null);
  connection.listen();
  const uri = pathToFileURL(file).toString();
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    connection.sendNotification('initialized', {});
    connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'plaintext', version: 1, text: fs.readFileSync(file, 'utf8') },
    });
    return await fn((method, params) => connection.sendRequest(method, { textDocument: { uri }, ...params }));
  } finally {
    connection.dispose();
    child.kill();
  }
}

/** The server's hover text at a 0-based position, or '' when it answers nothing. */
export async function serverHover(file, line, character) {
  return withServer(file, async (request) => {
    const h = await request('textDocument/hover', { position: { line, character } });
    if (!h) return '';
    const c = h.contents;
    return typeof c === 'string' ? c : Array.isArray(c) ? c.map((x) => x.value ?? x).join('\n') : c.value;
  });
}
