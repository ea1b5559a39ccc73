module.exports.security = {
  // ok: js/permissive-cors
  cors: {
    allRoutes: true,
    allowOrigins: ['https://app.example.com', 'https://admin.example.com'],
    allowCredentials: true,
  },
};
