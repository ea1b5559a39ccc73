import { z } from 'zod';

export const pageQuery = z.object({
  limit: z.coerce.number().int().max(100),
  sort: z.enum(['name', 'createdAt']),
  q: z.string(),
});
