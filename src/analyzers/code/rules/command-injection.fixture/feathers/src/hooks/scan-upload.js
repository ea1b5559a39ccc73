const { exec } = require('child_process');

// A hook in its own module, registered by another file's `.hooks({ before: { create: [scanUpload()] } })`.
module.exports = (options = {}) => {
  return async (context) => {
    // ruleid: js/command-injection
    exec(`clamscan ${options.flags || ''} ${context.data.path}`);
    // ok: js/command-injection
    exec(`clamscan --database ${context.app.get('clamDb')}`);
    return context;
  };
};
