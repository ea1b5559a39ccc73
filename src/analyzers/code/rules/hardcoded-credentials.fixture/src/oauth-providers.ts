// OAuth provider settings name their endpoints `authorization`, `token` and `userinfo`: addresses, not credentials.
export function Box(options: { clientId: string; clientSecret: string }) {
  return {
    id: 'box',
    type: 'oauth',
    // ok: js/hardcoded-credentials
    authorization: 'https://account.box.com/api/oauth2/authorize?response_type=code',
    token: 'https://api.box.com/oauth2/token',
    userinfo: 'https://api.box.com/2.0/users/me',
    options,
  };
}

export const partnerClient = {
  // An authorization value outside any headers object is not a header.
  // ok: js/hardcoded-credentials
  authorization: 'pk_7Yh3Kp9Qx2Lw5Rv8Zs1Nc4Bf',
  request(path: string) {
    // ruleid: js/hardcoded-credentials
    return fetch(`https://partner.example.com${path}`, { headers: { authorization: 'tok_9Hq2ZxR7mW4kLs81VbNc3TdQ' } });
  },
};
