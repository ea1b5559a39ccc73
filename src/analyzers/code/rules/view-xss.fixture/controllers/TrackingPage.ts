// Ts.ED: the object an action decorated `@View('…')` returns is the view's locals.
import { Controller } from '@tsed/di';
import { Get } from '@tsed/schema';
import { PathParams, QueryParams } from '@tsed/platform-params';
import { View } from '@tsed/platform-views';
import { Pool } from 'pg';

const pool = new Pool();

@Controller('/track')
export class TrackingPage {
  @Get('/:reference')
  @View('tsed/tracking.ejs')
  async page(@PathParams('reference') reference: string, @QueryParams('note') note: string) {
    const { rows } = await pool.query('SELECT message FROM driver_messages WHERE reference = $1', [reference]);
    return { reference, note, driverMessage: rows[0]?.message, lang: note === 'de' ? 'de' : 'en' };
  }
}
