import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class Task {
  @Field(() => Int)
  id!: number;

  @Field(() => Int)
  projectId!: number;

  @Field()
  title!: string;

  @Field()
  status!: string;

  @Field(() => Int)
  priority!: number;

  @Field({ nullable: true })
  assigneeId?: string;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class StatusBucket {
  @Field()
  bucket!: string;

  @Field(() => Int)
  total!: number;
}

@ObjectType()
export class Project {
  @Field(() => Int)
  id!: number;

  @Field()
  key!: string;

  @Field()
  name!: string;
}
