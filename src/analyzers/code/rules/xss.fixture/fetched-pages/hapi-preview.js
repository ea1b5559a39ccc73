// hapi sets the content type after the body: `h.response(x).type(…)`. A type that is not HTML,
// however late in the chain, keeps the browser from rendering the body.
const Hapi = require('@hapi/hapi');
const axios = require('axios');

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/preview',
  handler: async (request, h) => {
    const page = await axios.get(request.query.url);
    // ruleid: js/xss
    return h.response(page.data).type('text/html');
  },
});

server.route({
  method: 'GET',
  path: '/preview.json',
  handler: async (request, h) => {
    const page = await axios.get(request.query.url);
    // ok: js/xss
    return h.response(page.data).type('application/json');
  },
});

module.exports = server;
