import { Args, Context, Int, Mutation, Resolver } from '@nestjs/graphql';
import { MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { exec } from 'node:child_process';

@Resolver()
export class OpsResolver {
  @Mutation(() => Boolean)
  restart(@Args('service') service: string) {
    // ruleid: js/command-injection
    exec(`systemctl restart ${service}`);
    return true;
  }

  // An Int argument: GraphQL rejects anything but an integer before the resolver runs.
  @Mutation(() => Boolean)
  scale(@Args('replicas', { type: () => Int }) replicas: number, @Args('service', { type: () => String }) service: string) {
    // ok: js/command-injection
    exec(`kubectl scale deploy/api --replicas=${replicas}`);
    // ruleid: js/command-injection
    exec(`kubectl rollout restart deploy/${service}`);
    return true;
  }

  @Mutation(() => Boolean)
  rotate(@Context() ctx: { tenant: string }) {
    // ok: js/command-injection
    exec(`logrotate /etc/logrotate.d/${ctx.tenant}`);
    return true;
  }
}

@WebSocketGateway()
export class OpsGateway {
  @SubscribeMessage('trace')
  trace(@MessageBody() body: { host: string }) {
    // ruleid: js/command-injection
    exec('traceroute ' + body.host);
  }
}
