// Starts `vouch lsp` for the workspace; everything else (diagnostics, hover, code actions) is the server's.
'use strict';
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const cfg = vscode.workspace.getConfiguration('vouch');
  const args = ['lsp'];
  if (cfg.get('offline')) args.push('--offline');
  const server = { command: cfg.get('path') || 'vouch', args, transport: TransportKind.stdio };
  client = new LanguageClient('vouch', 'Vouch', { run: server, debug: server }, {
    // Every file: code rules for JS/TS, secrets in any text, IaC and manifests by name.
    documentSelector: [{ scheme: 'file' }, { scheme: 'untitled' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.vouch.{yml,yaml,json}') },
    initializationOptions: { debounceMs: cfg.get('debounceMs'), workspaceScan: cfg.get('workspaceScan') },
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
