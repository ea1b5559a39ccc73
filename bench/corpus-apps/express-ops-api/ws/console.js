'use strict';

const net = require('net');
const { exec, execFile } = require('child_process');
const { WebSocketServer } = require('ws');

function attachConsole(server) {
  const wss = new WebSocketServer({ server, path: '/ops/console' });

  wss.on('connection', (socket) => {
    socket.on('message', (raw) => {
      let msg;
      try {
        msg = JSON.parse(raw);
      } catch {
        return socket.send(JSON.stringify({ error: 'bad message' }));
      }
      if (msg.cmd === 'ping') {
        // vuln: CWE-78
        exec(`ping -c 1 ${msg.host}`, (err, stdout) => socket.send(JSON.stringify({ out: err ? 'unreachable' : stdout })));
      } else if (msg.cmd === 'trace') {
        if (!net.isIP(String(msg.host))) return socket.send(JSON.stringify({ error: 'IP address expected' }));
        // safe: CWE-78
        execFile('traceroute', ['-n', String(msg.host)], (err, stdout) => socket.send(JSON.stringify({ out: err ? 'failed' : stdout })));
      }
      return undefined;
    });
  });
}

module.exports = { attachConsole };
