// MikroORM compiles a filter's operators and relation paths ($ne, $like, { owner: { passwordHash: … } }):
// a filter whose keys come from the request can probe any column.
import express from 'express';
import { MikroORM, type EntityManager, type EntityRepository } from '@mikro-orm/postgresql';
import { Product } from './entities';

const orm = await MikroORM.init();
const app = express();
app.use(express.json());

export async function filterProducts(em: EntityManager, where: Record<string, unknown>) {
  // ruleid: js/nosql-injection
  return em.find(Product, { ...where, active: true });
}

export async function byRepository(repo: EntityRepository<Product>, filter: object, sku: string) {
  // ok: js/nosql-injection
  await repo.find({ sku });
  // ruleid: js/nosql-injection
  return repo.findOne(filter);
}

app.post('/products/search', async (req, res) => {
  const em = orm.em.fork();
  res.json(await filterProducts(em, req.body.where));
});

app.post('/products/lookup', async (req, res) => {
  const em = orm.em.fork();
  res.json(await byRepository(em.getRepository(Product), req.body.filter, String(req.body.sku)));
});

app.post('/products/count', async (req, res) => {
  const em = orm.em.fork();
  // ruleid: js/nosql-injection
  res.json({ n: await em.count(Product, req.body) });
  // A filter with the code's own keys: each value is compared on the column it names.
  // ok: js/nosql-injection
  res.json(await em.findOne(Product, { sku: req.body.sku, shop: 1 }));
});
