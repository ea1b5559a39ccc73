import crypto from 'crypto';
import fs from 'fs';
import fetch from 'node-fetch';
import type { Request, Response, NextFunction } from 'express';
import { UserModel } from '../models';

export function profileImageUrlUpload() {
  return async (req: Request, res: Response, next: NextFunction) => {
    const url: string = req.body.imageUrl;
    if (!url) return res.status(400).send('imageUrl required');
    const user = (req as any).user;
    try {
      // vuln: CWE-918
      const response = await fetch(url);
      if (!response.ok || !response.body) throw new Error(`url returned ${response.status}`);
      const ext = ['jpg', 'jpeg', 'png', 'svg', 'gif'].includes(url.split('.').slice(-1)[0].toLowerCase()) ? url.split('.').slice(-1)[0].toLowerCase() : 'jpg';
      const dest = `frontend/dist/assets/public/images/uploads/${Number(user.data.id)}.${ext}`;
      response.body.pipe(fs.createWriteStream(dest));
      await UserModel.update({ profileImage: `/assets/public/images/uploads/${Number(user.data.id)}.${ext}` }, { where: { id: user.data.id } });
      return res.redirect('/profile');
    } catch (err) {
      return next(err);
    }
  };
}

export function gravatarImage() {
  return async (req: Request, res: Response, next: NextFunction) => {
    const email = String((req as any).user.data.email).trim().toLowerCase();
    const digest = crypto.createHash('sha256').update(email).digest('hex');
    try {
      // safe: CWE-918
      const response = await fetch(`https://www.gravatar.com/avatar/${digest}?d=identicon`);
      res.type('image/png');
      response.body.pipe(res);
    } catch (err) {
      next(err);
    }
  };
}
