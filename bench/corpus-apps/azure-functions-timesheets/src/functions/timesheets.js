const { app } = require('@azure/functions');
const timesheets = require('../repositories/timesheets');
const { requireUser } = require('../lib/auth');
const { json, serverError } = require('../lib/responses');

app.http('timesheetsMine', {
  methods: ['GET'],
  authLevel: 'anonymous',
  route: 'timesheets/mine',
  handler: async (request, context) => {
    const user = requireUser(request);
    if (!user) return { status: 401 };
    try {
      const rows = await timesheets.byEmployee(Number(user.sub), request.query.get('sort'));
      return json(200, rows, request);
    } catch (err) {
      return serverError(context, err);
    }
  },
});

app.http('timesheetsSearch', {
  methods: ['GET'],
  authLevel: 'anonymous',
  route: 'timesheets/search',
  handler: async (request, context) => {
    const user = requireUser(request);
    if (!user || user.role !== 'manager') return { status: 403 };
    try {
      const rows = await timesheets.searchByProjectCode(request.query.get('code') || '%', request.query.get('status'));
      return json(200, rows, request);
    } catch (err) {
      return serverError(context, err);
    }
  },
});

app.http('timesheetsCreate', {
  methods: ['POST'],
  authLevel: 'anonymous',
  route: 'timesheets',
  handler: async (request, context) => {
    const user = requireUser(request);
    if (!user) return { status: 401 };
    const body = await request.json();
    const hours = Number(body.hours);
    if (!Number.isFinite(hours) || hours < 0 || hours > 80) return { status: 400, jsonBody: { error: 'hours' } };
    try {
      const created = await timesheets.insert({
        employeeId: Number(user.sub),
        projectId: Number(body.projectId),
        weekStart: new Date(body.weekStart),
        hours,
      });
      return json(201, created, request);
    } catch (err) {
      return serverError(context, err);
    }
  },
});

app.http('timesheetsApprove', {
  methods: ['POST'],
  authLevel: 'function',
  route: 'timesheets/approve',
  handler: async (request, context) => {
    const user = requireUser(request);
    if (!user || user.role !== 'manager') return { status: 403 };
    const { ids } = await request.json();
    if (!Array.isArray(ids) || ids.length > 200) return { status: 400 };
    const count = await timesheets.approve(ids, Number(user.sub));
    context.log(`approved ${count} timesheets`);
    return json(200, { approved: count }, request);
  },
});
