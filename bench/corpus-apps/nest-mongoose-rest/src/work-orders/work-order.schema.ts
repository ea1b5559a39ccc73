import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument, Schema as MongooseSchema } from 'mongoose';

export type WorkOrderDocument = HydratedDocument<WorkOrder>;

@Schema({ timestamps: true, minimize: false })
export class WorkOrder {
  @Prop({ required: true, index: true })
  plate: string;

  @Prop({ required: true })
  depotId: string;

  @Prop({ required: true })
  title: string;

  @Prop({ default: 'open' })
  state: 'open' | 'in_progress' | 'done';

  @Prop({ type: MongooseSchema.Types.Mixed, default: {} })
  fields: Record<string, any>;

  @Prop()
  alertRule?: string;
}

export const WorkOrderSchema = SchemaFactory.createForClass(WorkOrder);
