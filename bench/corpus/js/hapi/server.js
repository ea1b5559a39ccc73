'use strict';
// Hapi server for an inventory tool
const Hapi = require('@hapi/hapi');
const Joi = require('joi');
const { Sequelize, QueryTypes } = require('sequelize');
const { execSync } = require('child_process');

const sequelize = new Sequelize(process.env.DATABASE_URL);

const init = async () => {
  const server = Hapi.server({
    port: 3000,
    host: '127.0.0.1',
    // ruleid: js/permissive-cors
    routes: { cors: { origin: ['*'], credentials: true } },
  });

  server.route({
    method: 'GET',
    path: '/items',
    handler: async (request) => {
      const { warehouse } = request.query;
      // ruleid: js/sql-injection
      return sequelize.query(`SELECT * FROM items WHERE warehouse = '${warehouse}'`, { type: QueryTypes.SELECT });
    },
  });

  server.route({
    method: 'GET',
    path: '/v2/items',
    options: { validate: { query: Joi.object({ warehouse: Joi.string().alphanum().max(20) }) } },
    handler: async (request) => {
      // ok: js/sql-injection
      return sequelize.query('SELECT * FROM items WHERE warehouse = :warehouse', {
        replacements: { warehouse: request.query.warehouse },
        type: QueryTypes.SELECT,
      });
    },
  });

  server.route({
    method: 'POST',
    path: '/backup',
    handler: (request, h) => {
      const { label } = request.payload;
      // ruleid: js/command-injection
      execSync(`pg_dump inventory > /backups/${label}.sql`);
      return h.response({ ok: true }).code(201);
    },
  });

  server.route({
    method: 'GET',
    path: '/hello/{name}',
    handler: (request, h) => {
      // ruleid: js/xss
      return h.response(`<h1>Hello ${request.params.name}</h1>`).type('text/html');
    },
  });

  server.route({
    method: 'GET',
    path: '/v2/hello/{name}',
    handler: (request, h) => {
      // ok: js/xss
      return h.response(`<h1>Hello ${encodeURIComponent(request.params.name)}</h1>`).type('text/html');
    },
  });

  server.route({
    method: 'GET',
    path: '/leave',
    handler: (request, h) => {
      // ruleid: js/open-redirect
      return h.redirect(request.query.url);
    },
  });

  await server.start();
};

init();
