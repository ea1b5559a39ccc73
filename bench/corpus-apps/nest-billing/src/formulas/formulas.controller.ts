import { Body, Controller, Post } from '@nestjs/common';
import { FormulasService } from './formulas.service';

class FormulaDto {
  expression!: string;
  variables!: Record<string, number>;
}

@Controller('formulas')
export class FormulasController {
  constructor(private readonly formulas: FormulasService) {}

  @Post('evaluate')
  evaluate(@Body() dto: FormulaDto) {
    return { value: this.formulas.evaluate(dto.expression, dto.variables) };
  }

  @Post('apply')
  apply(@Body('op') op: string, @Body('a') a: number, @Body('b') b: number) {
    return { value: this.formulas.apply(op, a, b) };
  }
}
