import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { Response } from 'express';
import { UsersService } from './users.service';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { CreateUserDto } from './dto/create-user.dto';
import * as path from 'path';

@Controller('users')
@UseGuards(JwtAuthGuard)
export class UsersController {
  constructor(private readonly usersService: UsersService) {}

  @Get()
  findAll(@Query('search') search: string, @Query('sort') sort: string) {
    return this.usersService.search(search, sort);
  }

  @Get(':id')
  findOne(@Param('id') id: string) {
    return this.usersService.findById(id);
  }

  @Post()
  create(@Body() dto: CreateUserDto) {
    return this.usersService.create(dto);
  }

  @Get(':id/avatar')
  avatar(@Param('id') id: string, @Query('file') file: string, @Res() res: Response) {
    // ruleid: js/path-traversal
    return res.sendFile(path.join(__dirname, '..', '..', 'avatars', id, file));
  }

  @Get('export/:format')
  async export(@Param('format') format: string, @Query('filter') filter: string) {
    return this.usersService.exportUsers(format, filter);
  }
}
