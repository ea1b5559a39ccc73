const { app } = require('@azure/functions');

const APP_URL = process.env.APP_URL || 'https://app.example.com';

app.http('ssoCallback', {
  methods: ['GET'],
  route: 'auth/callback',
  handler: async (request) => {
    const next = request.query.get('next') || APP_URL;
    return {
      status: 302,
      // ruleid: js/open-redirect
      headers: { Location: next },
    };
  },
});

app.http('signOut', {
  methods: ['GET'],
  route: 'auth/signout',
  handler: async (request) => {
    const back = request.query.get('back') || '/';
    const target = /^\/(?![\/\\])/.test(back) ? back : '/';
    return {
      status: 302,
      // ok: js/open-redirect
      headers: { location: new URL(target, APP_URL).toString() },
    };
  },
});
