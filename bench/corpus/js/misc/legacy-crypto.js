// Legacy token vault kept for backwards compatibility with the v1 mobile app
const crypto = require('crypto');

const LEGACY_KEY = Buffer.from(process.env.LEGACY_KEY_HEX || '', 'hex');
const LEGACY_IV = 'abcdefghijklmnop';

function sealV1(plain) {
  // ruleid: js/static-iv
  const c = crypto.createCipheriv('aes-128-cbc', LEGACY_KEY, LEGACY_IV);
  return c.update(plain, 'utf8', 'base64') + c.final('base64');
}

function seal3des(plain) {
  const iv = crypto.randomBytes(8);
  // ruleid: js/weak-cipher
  const c = crypto.createCipheriv('des-ede3-cbc', Buffer.from(process.env.TDES_KEY, 'hex'), iv);
  return iv.toString('base64') + '.' + c.update(plain, 'utf8', 'base64') + c.final('base64');
}

function sealCtrFixedNonce(plain, key) {
  // ruleid: js/static-iv
  const c = crypto.createCipheriv('aes-256-ctr', key, Buffer.from('00000000000000000000000000000000', 'hex'));
  return Buffer.concat([c.update(plain), c.final()]);
}

function sealV2(plain, key) {
  const iv = crypto.randomBytes(16);
  // ok: js/static-iv, js/weak-cipher
  const c = crypto.createCipheriv('aes-256-cbc', key, iv);
  const body = Buffer.concat([c.update(plain), c.final()]);
  const mac = crypto.createHmac('sha256', key).update(Buffer.concat([iv, body])).digest();
  return Buffer.concat([iv, body, mac]).toString('base64');
}

function hashPin(pin) {
  // ruleid: js/weak-password-hash
  return crypto.createHash('md5').update(String(pin) + 'pepper').digest('hex');
}

module.exports = { sealV1, seal3des, sealCtrFixedNonce, sealV2, hashPin };
