'use strict';
// Hapi auth routes with hapi-auth-jwt2 and a login handler
const Boom = require('@hapi/boom');
const Bcrypt = require('bcrypt');
const Jwt = require('jsonwebtoken');
const crypto = require('crypto');

module.exports = {
  name: 'auth-routes',
  register: async (server) => {
    await server.register(require('hapi-auth-jwt2'));
    server.auth.strategy('jwt', 'jwt', {
      // ruleid: js/jwt-hardcoded-secret
      key: 'hapi-secret-key-2024',
      validate: async (decoded) => ({ isValid: Boolean(decoded.id) }),
    });

    // ruleid: js/missing-rate-limit
    server.route({
      method: 'POST',
      path: '/login',
      options: { auth: false },
      handler: async (request) => {
        const { username, password } = request.payload;
        const user = await server.methods.findUser(String(username));
        if (!user || !(await Bcrypt.compare(password, user.hash))) throw Boom.unauthorized();
        return { token: Jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: '1h', algorithm: 'HS256' }) };
      },
    });

    server.route({
      method: 'POST',
      path: '/password/reset',
      options: { auth: false },
      handler: async (request) => {
        // ruleid: js/insecure-randomness
        const code = String(Math.floor(Math.random() * 1000000)).padStart(6, '0');
        // ok: js/insecure-randomness
        const token = crypto.randomBytes(20).toString('hex');
        await server.methods.storeReset(String(request.payload.email), code, token);
        return { sent: true };
      },
    });
  },
};
