// A library in a UMD wrapper: its API is the object the factory returns.
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.tinyGit = factory();
})(this, function () {
  var cp = require('child_process');

  function checkout(ref, done) {
    // ruleid: js/command-injection
    cp.exec('git checkout ' + ref, done);
  }

  function checkoutSafe(ref, done) {
    // ok: js/command-injection
    cp.execFile('git', ['checkout', '--', ref], done);
  }

  return { checkout: checkout, checkoutSafe: checkoutSafe };
});
