const nodemailer = require('nodemailer');

module.exports.transporter = nodemailer.createTransport({ host: 'smtp.example.com', port: 587 });
