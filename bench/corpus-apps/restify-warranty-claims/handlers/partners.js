'use strict';

const jwt = require('jsonwebtoken');
const errors = require('restify-errors');
const config = require('../config');

// Manufacturer partners push repair decisions to us with a JWT issued by their own identity server.
module.exports = function partnerHandlers({ claims }) {
  return {
    async decision(req, res) {
      const token = (req.header('authorization') || '').replace(/^Bearer\s+/i, '');
      // vuln: CWE-347
      const claimsSet = jwt.decode(token);
      if (!claimsSet || claimsSet.iss !== config.partnerJwtIssuer) {
        throw new errors.UnauthorizedError('unknown issuer');
      }
      const { claimId, status, note } = req.body || {};
      await claims.updateStatus(claimId, claimsSet.dealer_id, status, note || null);
      res.send(204);
    },

    async decisionV2(req, res) {
      const token = (req.header('authorization') || '').replace(/^Bearer\s+/i, '');
      let verified;
      try {
        // safe: CWE-347
        verified = jwt.verify(token, process.env.PARTNER_JWT_PUBLIC_KEY, { algorithms: ['RS256'], issuer: config.partnerJwtIssuer });
      } catch (e) {
        throw new errors.UnauthorizedError('invalid partner token');
      }
      const { claimId, status, note } = req.body || {};
      await claims.updateStatus(claimId, verified.dealer_id, status, note || null);
      res.send(204);
    },
  };
};
