// Parses a request part with a zod schema; a request that does not fit is answered with 400.
exports.validate = (schema, source = 'body') => (req, res, next) => {
  const result = schema.safeParse(req[source]);
  if (!result.success) return res.status(400).json(result.error.flatten());
  return next();
};
