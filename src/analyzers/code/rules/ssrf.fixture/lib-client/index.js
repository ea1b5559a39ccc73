// A library package: an API client whose callers pass paths below its fixed base URL.
const https = require('https');
const { posix } = require('path');
const { resolvePath } = require('./urls');

class ApiClient {
  constructor({ baseUrl = 'https://api.example.com/v1/', token } = {}) {
    this.base = baseUrl;
    this.token = token;
  }

  // `new URL(path, base)`: a path given as `https://other.example/` replaces the host, and the token goes with it.
  get(path) {
    const url = new URL(path, this.base);
    // ruleid: js/ssrf
    return fetch(url, { headers: { authorization: `Bearer ${this.token}` } });
  }

  // The same through a helper in another file.
  del(path) {
    // ruleid: js/ssrf
    return https.request(resolvePath(this.base, path), { method: 'DELETE' });
  }

  // The path only ever changes the URL's path: the host stays the base's.
  put(path, body) {
    const url = new URL(this.base);
    url.pathname = posix.join(url.pathname, String(path));
    // ok: js/ssrf
    return fetch(url, { method: 'PUT', body });
  }

  // Fetching the URL the caller chose is this method's job.
  download(url) {
    // ok: js/ssrf
    return fetch(url);
  }
}

module.exports = { ApiClient };
