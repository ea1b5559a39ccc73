module.exports.security = {
  cors: {
    allRoutes: false,
  },
  // ruleid: js/csrf
  csrf: false,
};
