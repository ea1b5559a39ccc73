module.exports.security = {
  cors: {
    allRoutes: true,
    allowOrigins: '*',
    allowCredentials: true,
    allowRequestHeaders: 'content-type, authorization',
    // The mobile app's web view and a couple of branch kiosks call us from odd origins.
    // vuln: CWE-942
    allowAnyOriginWithCredentialsUnsafe: true,
  },

  // Turned off while the old jQuery forms are migrated; they never sent the token.
  // vuln: CWE-352
  csrf: false,
};
