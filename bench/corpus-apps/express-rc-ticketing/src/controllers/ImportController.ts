import { Authorized, BadRequestError, CurrentUser, JsonController, Post, UploadedFile } from 'routing-controllers';
import { Service } from 'typedi';
import { ImportService } from '../services/ImportService';
import type { SessionClaims } from '../services/AuthService';

const uploadOptions = { options: { limits: { fileSize: 1024 * 1024 } } };

@JsonController('/imports')
@Authorized(['organizer', 'admin'])
@Service()
export class ImportController {
  constructor(private readonly importer: ImportService) {}

  @Post('/events')
  async importEvents(@CurrentUser() user: SessionClaims, @UploadedFile('file', uploadOptions) file: Express.Multer.File) {
    if (!file) throw new BadRequestError('file is required');
    const text = file.buffer.toString('utf8');
    const name = file.originalname.toLowerCase();
    if (name.endsWith('.xml')) return this.importer.importXml(Number(user.org), text);
    if (name.endsWith('.yml') || name.endsWith('.yaml')) return this.importer.importYaml(Number(user.org), text);
    throw new BadRequestError('Upload an .xml or .yaml programme');
  }

  @Post('/seating-preset')
  async seating(@UploadedFile('file', uploadOptions) file: Express.Multer.File) {
    if (!file) throw new BadRequestError('file is required');
    return { preset: this.importer.parseSeatingPreset(file.buffer.toString('utf8')) };
  }
}
