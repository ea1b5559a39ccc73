import nodemailer from 'nodemailer';

export const transporter = nodemailer.createTransport({
  host: process.env.SMTP_HOST || 'smtp.mailrelay.net',
  port: 587,
  secure: false,
  requireTLS: true,
  auth: {
    user: process.env.SMTP_USER || 'notifications@circlespace.app',
    // vuln: CWE-798
    pass: 'Cs!relay-2023-Hq7vPz',
  },
});

export const FROM = '"Circlespace" <notifications@circlespace.app>';
