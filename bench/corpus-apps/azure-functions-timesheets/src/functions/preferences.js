const { app } = require('@azure/functions');
const { preferences } = require('../lib/cosmos');
const { requireUser } = require('../lib/auth');
const { applyPatch } = require('../lib/merge');
const { json } = require('../lib/responses');

const DEFAULTS = { grid: { weekStartsOn: 1, showWeekends: false }, notifications: { email: true, teams: false } };

app.http('preferencesPatch', {
  methods: ['PATCH'],
  authLevel: 'anonymous',
  route: 'me/preferences',
  handler: async (request) => {
    const user = requireUser(request);
    if (!user) return { status: 401 };
    const patch = await request.json();
    const { resource } = await preferences.item(String(user.sub), String(user.sub)).read();
    const current = resource ? resource.settings : JSON.parse(JSON.stringify(DEFAULTS));
    const settings = applyPatch(current, patch);
    await preferences.items.upsert({ id: String(user.sub), settings });
    return json(200, settings, request);
  },
});

app.http('preferencesTheme', {
  methods: ['PUT'],
  authLevel: 'anonymous',
  route: 'me/preferences/theme',
  handler: async (request) => {
    const user = requireUser(request);
    if (!user) return { status: 401 };
    const { theme } = await request.json();
    const allowed = ['light', 'dark', 'contrast'];
    const settings = { theme: allowed.includes(theme) ? theme : 'light' };
    await preferences.items.upsert({ id: `${user.sub}:theme`, settings });
    return json(200, settings, request);
  },
});
