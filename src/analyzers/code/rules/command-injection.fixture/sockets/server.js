// socket.io namespace handlers and a ws endpoint: every message comes from the connected client.
const { Server } = require('socket.io');
const { WebSocketServer } = require('ws');
const { exec } = require('child_process');

function attach(httpServer) {
  const io = new Server(httpServer);
  io.of('/ops').on('connection', (socket) => {
    socket.on('ping-host', (host, ack) => {
      // ruleid: js/command-injection
      exec(`ping -c 1 ${host}`, (err, out) => ack(err ? 'down' : out));
    });
    socket.on('tail', ({ file }) => {
      // ruleid: js/command-injection
      exec('tail -n 50 logs/' + file);
    });
    socket.on('disconnect', (reason) => {
      // ok: js/command-injection
      exec(`logger "ops socket closed: ${reason}"`);
    });
  });

  const wss = new WebSocketServer({ noServer: true });
  wss.on('connection', function connection(ws) {
    ws.on('message', function message(raw) {
      const job = JSON.parse(raw);
      // ruleid: js/command-injection
      exec('convert ' + job.input + ' out.png');
    });
    ws.on('close', (code) => {
      // ok: js/command-injection
      exec('logger ws-closed-' + code);
    });
  });
}

module.exports = { attach };
