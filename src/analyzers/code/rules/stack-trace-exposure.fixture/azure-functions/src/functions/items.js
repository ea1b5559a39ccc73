const { app } = require('@azure/functions');
const { serverError, quietError } = require('../lib/responses');

app.http('itemsGet', {
  methods: ['GET'],
  route: 'items/{id}',
  handler: async (request, context) => {
    try {
      return { jsonBody: await load(request.params.id) };
    } catch (err) {
      return serverError(context, err);
    }
  },
});

app.http('itemsDelete', {
  methods: ['DELETE'],
  route: 'items/{id}',
  handler: async (request, context) => {
    try {
      await remove(request.params.id);
      return { status: 204 };
    } catch (err) {
      return quietError(context, err);
    }
  },
});

app.http('itemsPut', {
  methods: ['PUT'],
  route: 'items/{id}',
  handler: async (request, context) => {
    try {
      await save(request.params.id, await request.json());
      return { status: 204 };
    } catch (err) {
      context.error(err);
      // ruleid: js/stack-trace-exposure
      return { status: 500, body: err.stack };
    }
  },
});

async function load(id) { return { id }; }
async function remove(id) { return id; }
async function save(id, body) { return { id, body }; }
