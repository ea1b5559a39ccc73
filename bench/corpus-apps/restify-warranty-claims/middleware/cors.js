'use strict';

// Dealer portals run on each dealer's own domain, so the API answers whichever origin asks.
function cors(req, res, next) {
  const origin = req.header('origin');
  if (origin) {
    // vuln: CWE-942
    res.header('Access-Control-Allow-Origin', origin);
    res.header('Access-Control-Allow-Credentials', 'true');
    res.header('Vary', 'Origin');
  }
  if (req.method === 'OPTIONS') {
    res.header('Access-Control-Allow-Methods', 'GET,POST,PUT,PATCH,DELETE');
    res.header('Access-Control-Allow-Headers', 'Authorization,Content-Type');
    res.send(204);
    return next(false);
  }
  return next();
}

module.exports = cors;
