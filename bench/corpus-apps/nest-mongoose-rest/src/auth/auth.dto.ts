import { IsEmail, IsString, Length, MinLength } from 'class-validator';

export class LoginDto {
  @IsEmail()
  email: string;

  @IsString()
  @MinLength(8)
  password: string;
}

export class AcceptInviteDto {
  @IsString()
  @Length(16, 64)
  code: string;

  @IsString()
  @MinLength(12)
  password: string;
}
