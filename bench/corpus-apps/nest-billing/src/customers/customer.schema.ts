import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { HydratedDocument } from 'mongoose';

@Schema()
@ObjectType()
export class Customer {
  @Field(() => ID)
  _id!: string;

  @Prop({ required: true })
  @Field()
  name!: string;

  @Prop()
  @Field({ nullable: true })
  email?: string;

  @Prop([String])
  @Field(() => [String])
  tags!: string[];
}

export type CustomerDocument = HydratedDocument<Customer>;
export const CustomerSchema = SchemaFactory.createForClass(Customer);
