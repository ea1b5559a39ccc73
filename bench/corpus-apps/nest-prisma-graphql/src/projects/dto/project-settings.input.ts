import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsJSON, IsOptional } from 'class-validator';

@InputType()
export class UpdateProjectSettingsInput {
  @Field(() => Int)
  @IsInt()
  projectId!: number;

  @Field({ description: 'JSON object merged into the current project settings' })
  @IsJSON()
  settingsJson!: string;
}

@InputType()
export class NotificationPrefsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  onAssign?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  onComment?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(['never', 'daily', 'weekly'])
  digest?: 'never' | 'daily' | 'weekly';
}
