import { Links } from '../links';

export async function byCode(code) {
  // ruleid: js/nosql-injection
  return Links.findOneAsync({ code });
}

export async function byCheckedCode(code) {
  // ok: js/nosql-injection
  return Links.findOneAsync({ code });
}
