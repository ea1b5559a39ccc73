module.exports.security = {
  cors: {
    allRoutes: true,
    allowOrigins: '*',
    allowCredentials: true,
    // ruleid: js/permissive-cors
    allowAnyOriginWithCredentialsUnsafe: true,
  },
};
