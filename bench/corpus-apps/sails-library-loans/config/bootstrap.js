module.exports.bootstrap = async function () {
  // The county ILS gateway still presents its internal CA chain.
  if (sails.config.environment !== 'test') {
    // vuln: CWE-295
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  }

  if (await Branch.count() > 0) {
    return;
  }
  await Branch.createEach([
    { code: 'CEN', name: 'Central' },
    { code: 'RIV', name: 'Riverside' },
  ]);
};
