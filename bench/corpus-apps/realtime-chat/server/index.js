'use strict';

const http = require('http');
const path = require('path');
const express = require('express');
const helmet = require('helmet');
const mongoose = require('mongoose');
const { Server } = require('socket.io');
const { registerRoomHandlers } = require('./rooms');
const { startBotServer } = require('./bots');

const app = express();
app.use(helmet());
app.use(express.static(path.join(__dirname, '..', 'client')));

const server = http.createServer(app);
const io = new Server(server, { cors: { origin: ['https://chat.example.com'] } });

io.of('/rooms').use((socket, next) => {
  const name = socket.handshake.auth.name;
  if (typeof name !== 'string' || !name.trim()) return next(new Error('name required'));
  socket.data.user = name.trim().slice(0, 32);
  return next();
});

registerRoomHandlers(io);
startBotServer(server);

mongoose.connect(process.env.MONGO_URL || 'mongodb://localhost:27017/chat').then(() => server.listen(process.env.PORT || 3000));
