// Token helpers for the realtime gateway (socket.io)
import jwt from 'jsonwebtoken';
import { Server } from 'socket.io';

const io = new Server(3001, { cors: { origin: 'https://chat.example.com' } });

io.use((socket, next) => {
  const { token } = socket.handshake.auth;
  try {
    socket.data.user = jwt.verify(token, process.env.SOCKET_SECRET, {
      // ruleid: js/jwt-none-algorithm
      algorithms: ['HS256', 'none'],
    });
    next();
  } catch {
    next(new Error('unauthorized'));
  }
});

io.of('/admin').use((socket, next) => {
  const { token } = socket.handshake.auth;
  // ruleid: js/jwt-ignore-expiration
  jwt.verify(token, process.env.SOCKET_SECRET, { algorithms: ['HS256'], ignoreExpiration: true }, (err, claims) => {
    if (err || claims.role !== 'admin') return next(new Error('forbidden'));
    socket.data.user = claims;
    next();
  });
});

io.on('connection', (socket) => {
  socket.on('chat', (msg) => {
    // ok: js/xss
    io.emit('chat', { from: socket.data.user.name, text: String(msg).slice(0, 500) });
  });
});
