import { BadRequestException, Injectable } from '@nestjs/common';
import vm from 'vm';

const OPERATORS: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
};

@Injectable()
export class FormulasService {
  evaluate(expression: string, variables: Record<string, number>) {
    // vuln: CWE-94
    return vm.runInNewContext(expression, { ...variables, Math }, { timeout: 50 });
  }

  apply(op: string, a: number, b: number) {
    const fn = Object.prototype.hasOwnProperty.call(OPERATORS, op) ? OPERATORS[op] : undefined;
    if (!fn) throw new BadRequestException('unknown operator');
    // safe: CWE-94
    return fn(Number(a), Number(b));
  }
}
