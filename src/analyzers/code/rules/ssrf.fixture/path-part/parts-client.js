// A client of a supplier API whose base URL comes from the server's configuration: the caller's
// value is placed after the base and a `/`, so it is a path on the configured host.
const got = require('got');

class PartsClient {
  constructor(config) {
    this.baseUrl = config.get('partsApiUrl');
  }

  part(partNumber) {
    // ok: js/ssrf
    return got(`${this.baseUrl}/parts/${encodeURIComponent(partNumber)}`).json();
  }

  stock(host, sku) {
    // The caller's value names the host; the path after it does not pin anything.
    // ruleid: js/ssrf
    return got(`https://${host}/stock/${sku}`).json();
  }

  mirror(scheme, host, sku) {
    // `://` starts the host: the value after it is the host, not a path.
    // ruleid: js/ssrf
    return got(`${scheme}://${host}/stock/${encodeURIComponent(sku)}`).json();
  }
}

module.exports = { PartsClient };
