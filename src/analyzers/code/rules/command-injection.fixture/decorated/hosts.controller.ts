// tsoa: @Path / @Query parameters are the request's.
import { Controller, Get, Path, Route } from 'tsoa';
import { exec } from 'child_process';

@Route('hosts')
export class HostsController extends Controller {
  @Get('{name}/lookup')
  public async lookup(@Path() name: string): Promise<void> {
    // ruleid: js/command-injection
    exec(`nslookup ${name}`);
  }
}
