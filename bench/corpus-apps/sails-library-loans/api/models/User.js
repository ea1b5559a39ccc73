module.exports = {
  attributes: {
    emailAddress: { type: 'string', required: true, unique: true, isEmail: true },
    fullName: { type: 'string', required: true },
    password: { type: 'string', required: true, protect: true },
    role: { type: 'string', isIn: ['patron', 'librarian'], defaultsTo: 'patron' },
    branchCode: { type: 'string', allowNull: true },
    preferences: { type: 'json', defaultsTo: {} },
    failedLogins: { type: 'number', defaultsTo: 0 },
    lastFailedLoginAt: { type: 'number', allowNull: true },
    resetToken: { type: 'string', allowNull: true },
    resetTokenExpiresAt: { type: 'number', allowNull: true },
    loans: { collection: 'loan', via: 'borrower' },
  },
  customToJSON: function () {
    return _.omit(this, ['password', 'resetToken']);
  },
};
