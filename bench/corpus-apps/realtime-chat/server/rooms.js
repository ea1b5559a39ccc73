'use strict';

const fs = require('fs');
const path = require('path');
const { exec } = require('child_process');
const serialize = require('node-serialize');
const { Message } = require('./models');

const AVATAR_DIR = path.join(__dirname, '..', 'avatars');

function registerRoomHandlers(io) {
  const rooms = io.of('/rooms');

  rooms.on('connection', (socket) => {
    socket.on('history', async (msg, ack) => {
      // vuln: CWE-943
      const history = await Message.find({ room: msg.room }).sort({ sentAt: -1 }).limit(100);
      ack(history);
    });

    socket.on('history:v2', async (msg, ack) => {
      // safe: CWE-943
      const history = await Message.find({ room: String(msg.room) }).sort({ sentAt: -1 }).limit(100);
      ack(history);
    });

    socket.on('message', async ({ room, text }) => {
      // safe: CWE-943
      const saved = await Message.create({ room: String(room), author: socket.data.user, text: String(text).slice(0, 2000) });
      rooms.to(String(room)).emit('message', saved);
    });

    socket.on('avatar', ({ name }, ack) => {
      // vuln: CWE-22
      fs.readFile(path.join(AVATAR_DIR, name), (err, data) => ack(err ? null : data.toString('base64')));
    });

    socket.on('avatar:v2', ({ name }, ack) => {
      // safe: CWE-22
      fs.readFile(path.join(AVATAR_DIR, path.basename(String(name))), (err, data) => ack(err ? null : data.toString('base64')));
    });

    socket.on('whois', (payload, ack) => {
      // vuln: CWE-78
      exec(`whois ${payload.domain}`, { timeout: 5000 }, (err, stdout) => ack(err ? 'lookup failed' : stdout));
    });

    socket.on('restore-draft', (blob, ack) => {
      // vuln: CWE-502
      const draft = serialize.unserialize(blob);
      ack({ restored: Boolean(draft && draft.text) });
    });

    socket.on('typing', (room) => socket.to(String(room)).emit('typing', socket.data.user));
  });
}

module.exports = { registerRoomHandlers };
