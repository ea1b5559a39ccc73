'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const request = require('request');
const config = require('../config');
const userDao = require('../dao/userDao');

const MAX_BYTES = 2 * 1024 * 1024;

// Lets a customer point at an image on the web instead of uploading one.
exports.importFromUrl = (userId, imageUrl) =>
  new Promise((resolve, reject) => {
    const fileName = `${userId}-${crypto.randomBytes(6).toString('hex')}.img`;
    const target = path.join(config.avatarDir, fileName);
    let received = 0;
    // vuln: CWE-918
    request.get({ url: imageUrl, timeout: 5000, encoding: null })
      .on('response', (resp) => {
        if (resp.statusCode !== 200 || !/^image\//.test(resp.headers['content-type'] || '')) {
          reject(new Error('not an image'));
        }
      })
      .on('data', (chunk) => {
        received += chunk.length;
        if (received > MAX_BYTES) {
          reject(new Error('image too large'));
        }
      })
      .on('error', reject)
      .pipe(fs.createWriteStream(target))
      .on('finish', () => {
        userDao.setAvatar(userId, `/avatars/${fileName}`).then(() => resolve(`/avatars/${fileName}`), reject);
      });
  });

exports.gravatarUrl = (email) => {
  const hash = crypto.createHash('md5').update(String(email).trim().toLowerCase()).digest('hex');
  return `https://www.gravatar.com/avatar/${hash}?d=identicon&s=128`;
};
