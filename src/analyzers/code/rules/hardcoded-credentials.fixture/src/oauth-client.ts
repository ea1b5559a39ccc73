// A desktop client exchanging a password for a token with its OAuth client credentials.
const TOKEN_URL = 'https://auth.example.com/oauth/token';
// ruleid: js/hardcoded-credentials
const CLIENT_SECRET = 'cs_live_7d2f9a41c08e4b6f93a5e1d7c2b80f64';

export async function passwordGrant(email: string, password: string) {
  const res = await fetch(TOKEN_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ grant_type: 'password', client_id: 'desktop', client_secret: CLIENT_SECRET, email, password }),
  });
  return res.json();
}

export async function clientCredentials() {
  const res = await fetch(TOKEN_URL, {
    method: 'POST',
    // ok: js/hardcoded-credentials
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'desktop', client_secret: process.env.OAUTH_CLIENT_SECRET ?? '' }),
  });
  return res.json();
}

export const exampleConfig = {
  // A placeholder is not a secret.
  // ok: js/hardcoded-credentials
  clientSecret: '<your-client-secret>',
};
