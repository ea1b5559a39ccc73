import type { APIRoute } from 'astro';

// Not a login: creating a product.
// ok: js/missing-rate-limit
export const POST: APIRoute = async ({ request }) => {
  const body = await request.json();
  return new Response(JSON.stringify({ id: await createProduct(body) }), { status: 201 });
};

declare function createProduct(body: unknown): Promise<number>;
