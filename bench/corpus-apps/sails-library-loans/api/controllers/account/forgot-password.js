module.exports = {
  friendlyName: 'Forgot password',

  inputs: {
    emailAddress: { type: 'string', required: true, isEmail: true },
  },

  fn: async function ({ emailAddress }) {
    const user = await User.findOne({ emailAddress: emailAddress.toLowerCase() });
    if (user) {
      const token = await sails.helpers.issueResetToken.with({ userId: user.id });
      await sails.helpers.sendTemplateEmail.with({
        to: user.emailAddress,
        subject: 'Reset your Shelfwise password',
        template: 'email-reset-password',
        templateData: { fullName: user.fullName, token },
      });
    }
    // Same answer either way.
    return { ok: true };
  },
};
