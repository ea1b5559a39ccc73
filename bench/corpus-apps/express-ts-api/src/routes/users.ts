import { Router } from 'express';
import { getUser, listUsers, login, lookupUser, register, teamPage } from '../controllers/userController';
import { authenticate, requireRole } from '../middleware/auth';
import { jsonOnly, validateBody } from '../middleware/validate';

export const usersRouter = Router();

usersRouter.get('/users/:id', authenticate, getUser());
usersRouter.get('/users', [authenticate, requireRole('admin')], listUsers());
usersRouter.get('/lookup', authenticate, lookupUser());
usersRouter.post('/register', [jsonOnly, validateBody(['email', 'name', 'password'])], register());
// vuln: CWE-307
usersRouter.post('/login', jsonOnly, login());
usersRouter.get('/teams/:slug', teamPage());
