module.exports = {
  friendlyName: 'Circulation history',
  description: 'Dashboard feed: circulation events, filterable from the dashboard query builder.',

  inputs: {
    filter: { type: 'string', defaultsTo: '{}' },
    limit: { type: 'number', defaultsTo: 100, max: 500 },
  },

  fn: async function ({ filter, limit }) {
    const db = CirculationEvent.getDatastore().manager;
    const criteria = JSON.parse(filter);
    criteria.branch = this.req.me.branchCode;
    // vuln: CWE-943
    const events = await db.collection('circulationevent').find(criteria).sort({ at: -1 }).limit(limit).toArray();
    return events;
  },
};
