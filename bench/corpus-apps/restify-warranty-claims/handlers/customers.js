'use strict';

const errors = require('restify-errors');

module.exports = function customerHandlers({ customers }) {
  return {
    // Counter staff type part of a surname or phone number while the customer is at the desk.
    async lookup(req, res) {
      const term = req.query.q;
      if (!term || String(term).length < 2) throw new errors.BadRequestError('type at least two characters');
      res.send(await customers.lookup(req.user.dealerId, term));
    },

    async byPostcode(req, res) {
      const postcode = String(req.query.postcode || '').toUpperCase().replace(/\s+/g, '');
      if (!/^[A-Z0-9]{5,8}$/.test(postcode)) throw new errors.BadRequestError('invalid postcode');
      res.send(await customers.lookupByPostcode(req.user.dealerId, postcode));
    },
  };
};
