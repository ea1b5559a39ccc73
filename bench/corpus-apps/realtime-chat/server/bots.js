'use strict';

const { WebSocketServer } = require('ws');
const mysql = require('mysql2');

const pool = mysql.createPool({ host: 'localhost', user: 'chat', database: 'chat', password: process.env.DB_PASSWORD });

function startBotServer(server) {
  const wss = new WebSocketServer({ server, path: '/bots' });

  wss.on('connection', (ws) => {
    ws.on('message', (data) => {
      let msg;
      try {
        msg = JSON.parse(data.toString());
      } catch {
        return ws.send(JSON.stringify({ error: 'bad json' }));
      }
      if (msg.type === 'stats') {
        // vuln: CWE-89
        pool.query(`SELECT COUNT(*) AS n FROM messages WHERE channel = '${msg.channel}'`, (err, rows) => {
          ws.send(JSON.stringify(err ? { error: 'db' } : rows[0]));
        });
      } else if (msg.type === 'last') {
        // safe: CWE-89
        pool.query('SELECT text FROM messages WHERE channel = ? ORDER BY id DESC LIMIT 1', [String(msg.channel)], (err, rows) => {
          ws.send(JSON.stringify(err ? { error: 'db' } : rows[0] ?? null));
        });
      }
      return undefined;
    });
  });
  return wss;
}

module.exports = { startBotServer };
