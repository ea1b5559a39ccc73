const { exec } = require('child_process');

module.exports = function (app) {
  app.service('uploads').hooks({
    before: {
      create: [
        async (context) => {
          // ruleid: js/command-injection
          exec(`clamscan ${context.data.source}`);
          // ok: js/command-injection
          exec(`clamscan --version ${context.app.get('scanner')}`);
          return context;
        },
      ],
    },
  });
};
