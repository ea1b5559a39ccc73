import { MikroORM } from '@mikro-orm/postgresql';
import ormConfig from '../mikro-orm.config';

let ormPromise: Promise<MikroORM> | undefined;

export function getOrm(): Promise<MikroORM> {
  ormPromise ??= MikroORM.init(ormConfig);
  return ormPromise;
}

export async function forkEm() {
  const orm = await getOrm();
  return orm.em.fork();
}
