'use strict';

const { deepMerge, pickChannels } = require('../lib/merge');

module.exports = function preferenceHandlers({ customers }) {
  return {
    async get(req, res) {
      res.send(await customers.preferences(req.user.sub));
    },

    async patch(req, res) {
      const current = await customers.preferences(req.user.sub);
      const next = deepMerge(current, req.body || {});
      await customers.updatePreferences(req.user.sub, next);
      res.send(next);
    },

    async setChannels(req, res) {
      const current = await customers.preferences(req.user.sub);
      current.channels = pickChannels(req.body && req.body.channels);
      await customers.updatePreferences(req.user.sub, current);
      res.send(current);
    },
  };
};
