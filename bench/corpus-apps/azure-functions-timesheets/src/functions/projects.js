const { app } = require('@azure/functions');
const projects = require('../repositories/projects');
const { requireUser } = require('../lib/auth');
const { json, serverError } = require('../lib/responses');

app.http('projectsPicker', {
  methods: ['GET'],
  authLevel: 'anonymous',
  route: 'projects',
  handler: async (request, context) => {
    const user = requireUser(request);
    if (!user) return { status: 401 };
    try {
      const q = request.query.get('q');
      if (q) return json(200, await projects.searchByName(q), request);
      return json(200, await projects.byClient(request.query.get('clientId') || user.clientId), request);
    } catch (err) {
      return serverError(context, err);
    }
  },
});
