'use strict';

// Reads a plain Node request's body by hand, as small servers without a framework do.
function collect(req) {
  return new Promise((resolve, reject) => {
    const parts = [];
    req.on('data', (part) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

async function collectJson(req) {
  const text = await collect(req);
  return text ? JSON.parse(text) : {};
}

module.exports = { collect, collectJson };
