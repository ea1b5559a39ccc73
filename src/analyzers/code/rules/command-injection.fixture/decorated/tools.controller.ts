// routing-controllers: @QueryParam / @BodyParam inject request data.
import { JsonController, Get, Post, QueryParam, BodyParam } from 'routing-controllers';
import { exec, execFile } from 'child_process';

@JsonController('/tools')
export class ToolsController {
  @Get('/ping')
  ping(@QueryParam('host') host: string) {
    // ruleid: js/command-injection
    exec('ping -c 1 ' + host);
    return { ok: true };
  }

  @Post('/trace')
  trace(@BodyParam('host') host: string) {
    // ok: js/command-injection
    execFile('traceroute', ['--', host]);
    return { ok: true };
  }
}
