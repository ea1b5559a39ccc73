import type { Request, Response, NextFunction } from 'express';
import { sequelize, UserModel } from '../models';
import * as security from '../lib/insecurity';

export function login() {
  return (req: Request, res: Response, next: NextFunction) => {
    // vuln: CWE-89
    sequelize.query(`SELECT * FROM Users WHERE email = '${req.body.email || ''}' AND password = '${security.hash(req.body.password || '')}' AND deletedAt IS NULL`, { model: UserModel, plain: true })
      .then((authenticatedUser: any) => {
        if (!authenticatedUser) return res.status(401).send('Invalid email or password.');
        const user = authenticatedUser.toJSON();
        const token = security.authorize({ data: { id: user.id, email: user.email, role: user.role } });
        return res.json({ authentication: { token, umail: user.email } });
      })
      .catch((error: Error) => next(error));
  };
}

export function checkEmailTaken() {
  return async ({ body }: Request, res: Response, next: NextFunction) => {
    try {
      // safe: CWE-89
      const user = await UserModel.findOne({ where: { email: String(body.email) } });
      res.json({ taken: Boolean(user) });
    } catch (error) {
      next(error);
    }
  };
}

export function changePassword() {
  return async (req: Request, res: Response, next: NextFunction) => {
    const { current, next: newPassword } = req.body;
    const user: any = await UserModel.findByPk((req as any).user.data.id);
    if (!user || user.password !== security.hash(String(current))) return res.status(401).send('Current password is not correct.');
    await user.update({ password: security.hash(String(newPassword)) });
    return res.json({ user: { email: user.email } });
  };
}
