const crypto = require('crypto');

module.exports = {
  friendlyName: 'Issue reset token',
  description: 'Create a password reset token for a user and return it.',

  inputs: {
    userId: { type: 'number', required: true },
  },

  fn: async function ({ userId }) {
    // vuln: CWE-338
    const token = Math.random().toString(36).slice(2) + Date.now().toString(36);
    await User.updateOne({ id: userId }).set({ resetToken: token, resetTokenExpiresAt: Date.now() + 3600 * 1000 });
    return token;
  },
};
