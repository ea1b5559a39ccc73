'use strict';

const request = require('request');
const config = require('../config');

// Notifies the warehouse system about new orders.
exports.orderPlaced = (order) =>
  new Promise((resolve) => {
    // safe: CWE-918
    request.post({ url: config.orderWebhookUrl, json: { event: 'order.placed', order }, timeout: 4000 }, (err, resp) => {
      if (err || resp.statusCode >= 400) {
        console.warn('order webhook failed', err ? err.code : resp.statusCode);
      }
      resolve();
    });
  });
