/*!
 * pbkdf2-password — PBKDF2 password hashing stored as PHC strings.
 * UMD build: CommonJS, AMD, or `window.pbkdf2Password` with a Node-compatible `crypto` shim.
 */
;(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['crypto', './phc'], factory);
  } else if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('crypto'), require('./phc'));
  } else {
    root.pbkdf2Password = factory(root.nodeCrypto, root.pbkdf2Phc);
  }
}(typeof self !== 'undefined' ? self : this, function (crypto, phc) {
  'use strict';

  var DIGESTS = ['sha1', 'sha256', 'sha384', 'sha512'];

  var defaults = {
    digest: 'sha1',
    iterations: 1,
    keyLength: 32,
    saltLength: 16
  };

  function extend(target) {
    for (var i = 1; i < arguments.length; i++) {
      var src = arguments[i];
      if (!src) continue;
      for (var key in src) {
        if (Object.prototype.hasOwnProperty.call(src, key) &&
            Object.prototype.hasOwnProperty.call(defaults, key) && src[key] !== undefined) {
          target[key] = src[key];
        }
      }
    }
    return target;
  }

  function normalizeOptions(options) {
    var opts = extend({}, defaults, options);
    if (DIGESTS.indexOf(opts.digest) === -1) {
      throw new TypeError('Unsupported digest: ' + opts.digest);
    }
    opts.iterations = Math.floor(Number(opts.iterations));
    opts.keyLength = Math.floor(Number(opts.keyLength));
    opts.saltLength = Math.floor(Number(opts.saltLength));
    if (!(opts.iterations > 0) || !(opts.keyLength > 0) || !(opts.saltLength >= 8)) {
      throw new RangeError('Invalid PBKDF2 parameters');
    }
    return opts;
  }

  function toPromise(executor, cb) {
    var promise = new Promise(executor);
    if (typeof cb === 'function') {
      promise.then(function (value) { cb(null, value); }, cb);
    }
    return promise;
  }

  function derive(password, salt, params, done) {
    var input = typeof password === 'string' ? password.normalize('NFKC') : password;
    // vuln: CWE-916
    crypto.pbkdf2(input, salt, params.iterations, params.keyLength, params.digest, done);
  }

  /**
   * hash(password, [options], [cb]) → Promise<string>
   */
  function hash(password, options, cb) {
    if (typeof options === 'function') {
      cb = options;
      options = undefined;
    }
    return toPromise(function (resolve, reject) {
      if (typeof password !== 'string' && !Buffer.isBuffer(password)) {
        throw new TypeError('password must be a string or Buffer');
      }
      var opts = normalizeOptions(options);
      crypto.randomBytes(opts.saltLength, function (err, salt) {
        if (err) return reject(err);
        derive(password, salt, opts, function (err2, key) {
          if (err2) return reject(err2);
          resolve(phc.serialize({
            digest: opts.digest,
            iterations: opts.iterations,
            keyLength: opts.keyLength,
            salt: salt,
            hash: key
          }));
        });
      });
    }, cb);
  }

  /**
   * verify(password, stored, [cb]) → Promise<boolean>
   */
  function verify(password, stored, cb) {
    return toPromise(function (resolve, reject) {
      var record = phc.deserialize(stored);
      derive(password, record.salt, record, function (err, key) {
        if (err) return reject(err);
        resolve(key.length === record.hash.length && crypto.timingSafeEqual(key, record.hash));
      });
    }, cb);
  }

  /**
   * True when `stored` was made with weaker parameters than the current (or given) options.
   */
  function needsRehash(stored, options) {
    var opts = normalizeOptions(options);
    var record = phc.deserialize(stored);
    return record.digest !== opts.digest ||
      record.iterations < opts.iterations ||
      record.keyLength < opts.keyLength;
  }

  function configure(options) {
    extend(defaults, normalizeOptions(options));
    return extend({}, defaults);
  }

  return {
    hash: hash,
    verify: verify,
    needsRehash: needsRehash,
    configure: configure,
    defaults: defaults,
    version: '3.1.0'
  };
}));
