import { ArrayNotEmpty, IsArray, IsIn, IsString, IsUUID, MaxLength } from 'class-validator';

export const WEBHOOK_EVENTS = ['task.created', 'task.updated', 'task.closed', 'export.finished'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export class RegisterWebhookDto {
  @IsString()
  @MaxLength(2048)
  callbackUrl!: string;

  @IsArray()
  @ArrayNotEmpty()
  @IsIn(WEBHOOK_EVENTS, { each: true })
  events!: WebhookEvent[];
}

export class SyncIssueDto {
  @IsUUID()
  externalId!: string;
}
