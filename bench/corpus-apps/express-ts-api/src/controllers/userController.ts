import type { Request, Response } from 'express';
import { userRepository } from '../repositories';
import { userService } from '../services/UserService';
import { isValidSlug } from '../utils/slug';

export const getUser = () => async (req: Request, res: Response) => {
  const id = Number.parseInt(req.params.id, 10);
  if (Number.isNaN(id)) return res.status(400).json({ error: 'bad id' });
  const user = await userRepository.findById(id);
  return user ? res.json({ id: user.id, email: user.email, name: user.name }) : res.status(404).end();
};

export const lookupUser = () => async (req: Request, res: Response) => {
  const user = await userRepository.findByEmail(String(req.query.email));
  return user ? res.json({ id: user.id, name: user.name }) : res.status(404).end();
};

export const register = () => async ({ body }: Request, res: Response) => {
  const id = await userService.register(body.email, body.name, body.password);
  res.status(201).json({ id });
};

export const login = () => async ({ body }: Request, res: Response) => {
  const user = await userService.authenticate(body.email, body.password);
  if (!user) return res.status(401).json({ error: 'invalid credentials' });
  return res.json({ id: user.id });
};

export function listUsers() {
  return async (req: Request, res: Response) => {
    const { sort = 'name', dir = 'asc', legacy } = req.query as Record<string, string>;
    res.json(await userService.directory(sort, dir, legacy === '1'));
  };
}

export const teamPage = () => async (req: Request<{ slug: string }>, res: Response) => {
  if (!isValidSlug(req.params.slug)) return res.status(400).json({ error: 'bad slug' });
  return res.json({ slug: req.params.slug });
};
