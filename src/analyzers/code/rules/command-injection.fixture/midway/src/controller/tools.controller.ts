import { Controller, Get, Inject } from '@midwayjs/core'
import { Context } from '@midwayjs/koa'
import { exec, execFile } from 'child_process'

// Midway injects the request's Koa context into the controller.
@Controller('/tools')
export class ToolsController {
  @Inject()
  ctx: Context

  @Inject()
  settings: Record<string, string>

  @Get('/ping')
  async ping() {
    // ruleid: js/command-injection
    exec(`ping -c 1 ${this.ctx.query.host}`)
    // ok: js/command-injection
    execFile('ping', ['-c', '1', String(this.ctx.query.host)])
    // ok: js/command-injection
    exec(`ping -c 1 ${this.settings.gateway}`)
    return 'ok'
  }
}
