module.exports = {
  friendlyName: 'Merge preferences',
  description: 'Deep-merge a preferences patch into the stored preferences.',
  sync: true,

  inputs: {
    current: { type: 'ref', required: true },
    patch: { type: 'ref', required: true },
  },

  fn: function ({ current, patch }) {
    const merge = (target, source) => {
      for (const key in source) {
        if (source[key] && typeof source[key] === 'object' && !Array.isArray(source[key])) {
          if (!target[key] || typeof target[key] !== 'object') {
            target[key] = {};
          }
          merge(target[key], source[key]);
        } else {
          // vuln: CWE-1321
          target[key] = source[key];
        }
      }
      return target;
    };
    return merge(current, patch);
  },
};
