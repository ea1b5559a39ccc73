module.exports.security = {
  cors: {
    allRoutes: true,
    // ruleid: js/permissive-cors
    allowOrigins: '*',
    allowRequestMethods: 'GET',
  },
};
