// TypeScript members declared private or protected: only the class's own code calls them.
import { execSync } from 'child_process';

export class Deployer {
  constructor(private readonly host: string) {}

  // Public: the caller's tag reaches the private helper that builds the command.
  deploy(tag: string) {
    return this.push(`registry/${tag}`);
  }

  private push(image: string) {
    // ruleid: js/command-injection
    return execSync(`docker push ${image}`);
  }

  private rollback(release: string) {
    // ok: js/command-injection
    return execSync(`helm rollback ${release}`);
  }

  protected restart(service: string) {
    // ok: js/command-injection
    return execSync(`systemctl restart ${service}`);
  }

  private readonly drain = (node: string) => {
    // ok: js/command-injection
    return execSync(`kubectl drain ${node}`);
  };
}

