const { app } = require('@azure/functions');
const { webhooks } = require('../lib/cosmos');
const { requireUser } = require('../lib/auth');
const { verifyHook, sendTestEvent } = require('../lib/outbound');
const { json, serverError } = require('../lib/responses');

app.http('webhookRegister', {
  methods: ['POST'],
  authLevel: 'anonymous',
  route: 'webhooks',
  handler: async (request, context) => {
    const user = requireUser(request);
    if (!user || user.role !== 'manager') return { status: 403 };
    const { url, events } = await request.json();
    try {
      const status = await verifyHook(url);
      const { resource } = await webhooks.items.create({ teamId: user.teamId, url, events: [].concat(events || []), createdBy: user.sub });
      return json(201, { id: resource.id, status }, request);
    } catch (err) {
      return serverError(context, err);
    }
  },
});

app.http('webhookTest', {
  methods: ['POST'],
  authLevel: 'anonymous',
  route: 'webhooks/test',
  handler: async (request, context) => {
    const user = requireUser(request);
    if (!user || user.role !== 'manager') return { status: 403 };
    const body = await request.json();
    try {
      const result = await sendTestEvent(body.url, { type: 'timesheet.approved', test: true, teamId: user.teamId });
      return json(200, result, request);
    } catch (err) {
      return serverError(context, err);
    }
  },
});
