import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument } from 'mongoose';

export type UserDocument = HydratedDocument<User>;

@Schema({ timestamps: true })
export class User {
  @Prop({ required: true, unique: true, lowercase: true })
  email: string;

  @Prop({ required: true })
  passwordHash: string;

  @Prop({ default: 'technician' })
  role: 'technician' | 'dispatcher' | 'admin';

  @Prop()
  depotId: string;

  @Prop({ index: true, sparse: true })
  resetToken?: string;

  @Prop()
  resetExpires?: Date;

  @Prop({ index: true, sparse: true })
  inviteCode?: string;
}

export const UserSchema = SchemaFactory.createForClass(User);
