import jwt from 'jsonwebtoken';
import bcrypt from 'bcryptjs';
import { serialize } from 'cookie';
import { findUserByEmail } from '../../lib/users';

// ruleid: js/jwt-hardcoded-secret
const JWT_SECRET = process.env.JWT_SECRET || 'nextjs-secret';

// ruleid: js/missing-rate-limit
export default async function loginHandler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  const { email, password } = req.body;
  const user = await findUserByEmail(String(email));
  if (!user || !bcrypt.compareSync(password, user.passwordHash)) {
    return res.status(401).json({ message: 'Invalid email or password' });
  }
  const token = jwt.sign({ userId: user.id, role: user.role }, JWT_SECRET, { expiresIn: '8h' });
  res.setHeader('Set-Cookie', serialize('token', token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' }));
  res.status(200).json({ ok: true });
}
