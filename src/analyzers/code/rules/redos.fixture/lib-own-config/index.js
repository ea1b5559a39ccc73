// A library package: key material and a client's base URL are the caller's own configuration.
function pemToBinary(pem) {
  // ok: js/redos
  return Buffer.from(pem.replace(/-+(BEGIN|END).*?-+/g, '').replace(/\s/g, ''), 'base64');
}

function sign(payload, privateKey) {
  return { payload, key: pemToBinary(privateKey) };
}

function client(baseUrl) {
  // ok: js/redos
  const root = baseUrl.replace(/\/+$/, '');
  return (path) => `${root}/${path}`;
}

// The payload is data the caller got from elsewhere: a quadratic regex over it is still slow.
function cleanPayload(payload) {
  // ruleid: js/redos
  return String(payload).replace(/-+(BEGIN|END).*?-+/g, '');
}

module.exports = { sign, client, cleanPayload };
