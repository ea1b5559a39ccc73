import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUrl, Length, Max, Min } from 'class-validator';

export class LoginBody {
  @IsEmail()
  email: string;

  @IsString()
  @Length(8, 128)
  password: string;
}

export class RegisterBody extends LoginBody {
  @IsString()
  @Length(1, 80)
  name: string;
}

export class CheckoutBody {
  @IsInt()
  @Min(1)
  @Max(10)
  quantity: number;

  @IsString()
  @Length(1, 120)
  attendeeName: string;

  @IsEmail()
  attendeeEmail: string;

  @IsOptional()
  @IsString()
  phone?: string;

  @IsOptional()
  @IsString()
  @Length(0, 500)
  note?: string;
}

export class WebhookTestBody {
  @IsUrl({ protocols: ['https'], require_protocol: true })
  url: string;

  @IsString()
  secret: string;
}

export class ExportQuery {
  @IsIn(['A4', 'Letter', 'A5'])
  pageSize: string;
}
