const cors = require('cors');
const config = require('../config');

// Public catalogue API is read by partner widgets on any site; no cookies involved.
// safe: CWE-942
const publicCors = cors({ origin: '*', methods: ['GET'], credentials: false });

// Seller dashboard (separate SPA) calls the account API with the session cookie.
const accountCors = cors({
  origin(origin, callback) {
    if (!origin || config.corsOrigins.includes(origin) || origin.endsWith('.makersmarket.io')) {
      return callback(null, true);
    }
    return callback(null, false);
  },
  credentials: true,
});

// Embedded checkout iframe posts back from partner storefronts.
// vuln: CWE-942
const checkoutCors = cors({ origin: true, credentials: true, methods: ['GET', 'POST'] });

module.exports = { publicCors, accountCors, checkoutCors };
