'use strict';

const https = require('https');
const { exec } = require('child_process');

// The callback of Node's HTTP client gets the server's response, not a client's request.
function latestTag() {
  return new Promise((resolve, reject) => {
    https
      .get('https://releases.internal.example/api/latest', (res) => {
        let text = '';
        res.on('data', (part) => { text += part; });
        res.on('end', () => resolve(text.trim()));
      })
      .on('error', reject);
  });
}

async function checkout() {
  const tag = await latestTag();
  // ok: js/command-injection
  exec(`git checkout ${JSON.stringify(tag)}`);
}

module.exports = { checkout };
