// Password / signature checks with swallowed errors
const bcrypt = require('bcrypt');
const crypto = require('crypto');

async function login(user, password) {
  let ok = true;
  try {
    ok = await bcrypt.compare(password, user.passwordHash);
    // ruleid: js/empty-catch-security
  } catch (err) {
  }
  return ok;
}

function verifyWebhook(rawBody, signature, secret) {
  const expected = crypto.createHmac('sha256', secret).update(rawBody).digest('hex');
  try {
    if (!crypto.timingSafeEqual(Buffer.from(signature, 'hex'), Buffer.from(expected, 'hex'))) {
      return false;
    }
    // ruleid: js/empty-catch-security
  } catch (_) {}
  return true;
}

function verifyWebhookSafe(rawBody, signature, secret) {
  const expected = crypto.createHmac('sha256', secret).update(rawBody).digest('hex');
  try {
    return crypto.timingSafeEqual(Buffer.from(signature, 'hex'), Buffer.from(expected, 'hex'));
    // ok: js/empty-catch-security
  } catch (err) {
    return false;
  }
}

function parseOptionalJson(text) {
  try {
    return JSON.parse(text);
    // ok: js/empty-catch-security
  } catch {}
  return null;
}

function decryptSession(blob, key) {
  let session = { userId: null };
  try {
    const [iv, tag, data] = blob.split('.').map((p) => Buffer.from(p, 'base64'));
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    session = JSON.parse(Buffer.concat([decipher.update(data), decipher.final()]).toString());
    // ruleid: js/empty-catch-security
  } catch (e) {
    // ignore
  }
  return session;
}

module.exports = { login, verifyWebhook, verifyWebhookSafe, parseOptionalJson, decryptSession };
