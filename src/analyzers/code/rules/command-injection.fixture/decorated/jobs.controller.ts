// inversify-express-utils: @queryParam injects the query string's value.
import { controller, httpGet, queryParam } from 'inversify-express-utils';
import { exec } from 'child_process';

@controller('/jobs')
export class JobsController {
  @httpGet('/run')
  public run(@queryParam('script') script: string) {
    // ruleid: js/command-injection
    exec(`./scripts/${script}.sh`);
  }
}
