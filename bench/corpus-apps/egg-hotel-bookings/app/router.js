'use strict';

module.exports = app => {
  const { router, controller, middleware } = app;
  const auth = middleware.auth();
  const staff = middleware.staffOnly();

  router.get('/', controller.home.index);
  router.get('/rooms/:id', controller.room.show);
  router.get('/api/rooms', controller.room.list);
  router.get('/api/rooms/search', controller.room.search);
  router.post('/api/rooms/:id/preview', staff, controller.room.preview);

  // vuln: CWE-307
  router.post('/login', controller.auth.login);
  router.get('/logout', controller.auth.logout);
  router.post('/api/password-reset', controller.auth.requestReset);

  router.get('/api/bookings', auth, controller.booking.mine);
  router.get('/api/bookings/lookup', staff, controller.booking.lookup);
  router.post('/api/bookings', auth, controller.booking.create);
  router.get('/api/bookings/:id/invoice', auth, controller.booking.invoice);

  router.put('/api/settings', staff, controller.settings.update);
  router.post('/api/uploads/room-photo', staff, controller.upload.roomPhoto);
  router.get('/api/exports/:name', staff, controller.upload.download);

  router.post('/api/webhooks/channel', controller.webhook.channel);
  router.post('/api/integrations/test', staff, controller.webhook.testCallback);
};
