;(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define([], factory);
  } else if (typeof module === 'object' && module.exports) {
    module.exports = factory();
  } else {
    root.pbkdf2Phc = factory();
  }
}(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var ID_RE = /^pbkdf2-(sha1|sha256|sha384|sha512)$/;
  var PARAM_RE = /^([a-z]{1,10})=([0-9]{1,10})$/;

  function toB64(buf) {
    return buf.toString('base64').replace(/=+$/, '');
  }

  function fromB64(str) {
    if (!/^[A-Za-z0-9+/]*$/.test(str)) {
      throw new TypeError('Invalid base64 in password hash');
    }
    return Buffer.from(str, 'base64');
  }

  /**
   * { digest, iterations, keyLength, salt, hash } → "$pbkdf2-sha256$i=…,l=…$salt$hash"
   */
  function serialize(record) {
    return '$pbkdf2-' + record.digest +
      '$i=' + record.iterations + ',l=' + record.keyLength +
      '$' + toB64(record.salt) +
      '$' + toB64(record.hash);
  }

  function deserialize(str) {
    if (typeof str !== 'string') {
      throw new TypeError('Password hash must be a string');
    }
    var parts = str.split('$');
    if (parts.length !== 5 || parts[0] !== '') {
      throw new TypeError('Malformed password hash');
    }
    var id = ID_RE.exec(parts[1]);
    if (!id) {
      throw new TypeError('Unsupported password hash id: ' + parts[1]);
    }
    var params = {};
    parts[2].split(',').forEach(function (pair) {
      var m = PARAM_RE.exec(pair);
      if (!m) {
        throw new TypeError('Malformed password hash parameter');
      }
      if (m[1] === 'i') {
        params.iterations = parseInt(m[2], 10);
      } else if (m[1] === 'l') {
        params.keyLength = parseInt(m[2], 10);
      }
    });
    if (!params.iterations || !params.keyLength) {
      throw new TypeError('Password hash is missing parameters');
    }
    return {
      digest: id[1],
      iterations: params.iterations,
      keyLength: params.keyLength,
      salt: fromB64(parts[3]),
      hash: fromB64(parts[4])
    };
  }

  return { serialize: serialize, deserialize: deserialize };
}));
