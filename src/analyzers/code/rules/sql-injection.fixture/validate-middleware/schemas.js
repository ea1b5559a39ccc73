const { z } = require('zod');

exports.idParams = z.object({ id: z.string().uuid() });
exports.listQuery = z.object({ sort: z.enum(['name', 'created_at']), q: z.string() });
