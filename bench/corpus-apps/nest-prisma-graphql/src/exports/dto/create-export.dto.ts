import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { ExportFormat } from '../export-job';

export class CreateExportDto {
  @IsIn(['pdf', 'docx', 'html'])
  format!: ExportFormat;

  @IsString()
  @MaxLength(80)
  fileName!: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;
}
