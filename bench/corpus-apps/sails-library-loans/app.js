/**
 * app.js
 *
 * Use `node app.js` to run the app in production (the usual Sails entry point).
 */
process.chdir(__dirname);

let sails;
let rc;
try {
  sails = require('sails');
  rc = require('sails/accessible/rc');
} catch (err) {
  console.error('Encountered an error when attempting to require(\'sails\'):');
  console.error(err.stack);
  process.exit(1);
}

sails.lift(rc('sails'));
