import type { Express } from 'express';
import { MongoRepository, Repository } from 'typeorm';
import { Account, Staff } from './entities';

export function mount(app: Express, staffModel: Repository<Staff>, accountModel: MongoRepository<Account>) {
  // A SQL repository: `where` values are column values sent as bound parameters.
  app.post('/staff/lookup', async (req, res) => {
    // ok: js/nosql-injection
    const user = await staffModel.findOne({ where: { username: req.body.username, active: true } });
    res.json({ id: user?.id ?? null });
  });

  // A MongoDB repository passes the filter to the driver: `{ "$ne": null }` matches any account.
  app.post('/accounts/lookup', async (req, res) => {
    // ruleid: js/nosql-injection
    const account = await accountModel.findOne({ where: { username: req.body.username } });
    res.json({ id: account?.id ?? null });
  });
}
