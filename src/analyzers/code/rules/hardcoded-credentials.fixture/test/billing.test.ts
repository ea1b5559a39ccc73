// Tests send made-up tokens on purpose.
import request from 'supertest';
import { app } from '../src/app';

export async function listsCharges(): Promise<void> {
  // ok: js/hardcoded-credentials
  await request(app).get('/v1/charges').set('Authorization', 'Bearer pt_live_9Hq2ZxR7mW4kLs81VbNc3Td');
}
