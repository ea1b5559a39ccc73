import mysql from 'mysql2/promise';

export const pool = mysql.createPool({
  host: process.env.DB_HOST ?? '127.0.0.1',
  user: 'helpdesk',
  // vuln: CWE-798
  password: 'Hd!2023-prod-pw',
  database: 'helpdesk',
  connectionLimit: 20,
});
