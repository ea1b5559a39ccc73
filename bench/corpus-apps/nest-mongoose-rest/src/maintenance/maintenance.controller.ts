import { BadRequestException, Body, Controller, ForbiddenException, Post, Req, UseGuards } from '@nestjs/common';
import { JwtAuthGuard } from '../common/jwt-auth.guard';
import { BackupService } from './backup.service';

@Controller('maintenance')
@UseGuards(JwtAuthGuard)
export class MaintenanceController {
  constructor(private readonly backups: BackupService) {}

  @Post('snapshot')
  snapshot(@Req() req: any, @Body() body: { label?: string }) {
    if (req.user.role !== 'admin') throw new ForbiddenException();
    return this.backups.snapshot(body.label ?? 'manual');
  }

  @Post('export')
  exportCollection(@Req() req: any, @Body('collection') collection: string) {
    if (req.user.role !== 'admin') throw new ForbiddenException();
    if (collection !== 'vehicles' && collection !== 'workorders') throw new BadRequestException();
    return this.backups.exportCollection(collection);
  }
}
