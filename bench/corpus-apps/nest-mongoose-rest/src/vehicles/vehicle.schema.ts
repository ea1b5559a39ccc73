import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument } from 'mongoose';

export type VehicleDocument = HydratedDocument<Vehicle>;

@Schema({ timestamps: true })
export class Vehicle {
  @Prop({ required: true, unique: true, uppercase: true })
  plate: string;

  @Prop({ required: true })
  vin: string;

  @Prop()
  make: string;

  @Prop()
  model: string;

  @Prop({ default: 0 })
  mileage: number;

  @Prop({ default: 0 })
  lastServiceMileage: number;

  @Prop({ required: true, index: true })
  depotId: string;

  @Prop({ default: 'active' })
  status: 'active' | 'workshop' | 'retired';

  @Prop()
  ownerName?: string;

  @Prop()
  ownerPhoneEnc?: string;

  @Prop()
  telematicsDeviceId?: string;
}

export const VehicleSchema = SchemaFactory.createForClass(Vehicle);
