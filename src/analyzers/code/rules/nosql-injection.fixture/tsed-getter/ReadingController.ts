import { Controller, Inject } from '@tsed/di';
import { Post } from '@tsed/schema';
import { BodyParams } from '@tsed/platform-params';
import { ReadingRepository } from './ReadingRepository';

@Controller('/readings')
export class ReadingController {
  @Inject()
  protected readings: ReadingRepository;

  @Post('/search')
  async search(@BodyParams() body: { meter: any }) {
    return this.readings.byMeter(body);
  }

  @Post('/search-safe')
  async searchSafe(@BodyParams() body: { meter: any }) {
    return this.readings.byMeterName(body.meter);
  }
}
