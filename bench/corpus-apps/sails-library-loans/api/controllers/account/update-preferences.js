module.exports = {
  friendlyName: 'Update preferences',

  inputs: {
    preferences: { type: 'ref', required: true },
  },

  fn: async function ({ preferences }) {
    const me = this.req.me;
    const merged = sails.helpers.mergePreferences.with({ current: me.preferences || {}, patch: preferences });
    await User.updateOne({ id: me.id }).set({ preferences: merged });
    return merged;
  },
};
