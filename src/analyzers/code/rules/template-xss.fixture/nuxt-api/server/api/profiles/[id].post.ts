export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  return { saved: true, preview: String(body.bio) };
});
