import vm from 'node:vm'

export type BudgetLine = { label: string; quantity: string; unitCost: string }

/**
 * Applicants may type small formulas in budget cells ("12*450", "3 * 1200 + 80").
 */
export const evaluateCell = (cell: string): number => {
  // vuln: CWE-94
  const value = vm.runInNewContext(cell, {}, { timeout: 50 })
  const num = Number(value)
  if (!Number.isFinite(num)) {
    throw new Error(`Budget cell "${cell}" is not a number`)
  }
  return num
}

const ARITH = /^[\d\s.+\-*/()]{1,64}$/

/**
 * Strict evaluator used for the public budget calculator: only digits,
 * operators, parentheses; parsed by hand, never handed to the JS engine.
 */
export const evaluateArithmetic = (cell: string): number => {
  if (!ARITH.test(cell)) {
    throw new Error('Only numbers and + - * / ( ) are allowed')
  }
  let pos = 0
  const peek = () => cell[pos]
  const skip = () => {
    while (cell[pos] === ' ') pos++
  }
  const number = (): number => {
    skip()
    if (peek() === '(') {
      pos++
      const v = expr()
      skip()
      pos++
      return v
    }
    if (peek() === '-') {
      pos++
      return -number()
    }
    const start = pos
    while (pos < cell.length && /[\d.]/.test(cell[pos])) pos++
    return parseFloat(cell.slice(start, pos))
  }
  const term = (): number => {
    let v = number()
    for (;;) {
      skip()
      const op = peek()
      if (op !== '*' && op !== '/') return v
      pos++
      const rhs = number()
      v = op === '*' ? v * rhs : v / rhs
    }
  }
  const expr = (): number => {
    let v = term()
    for (;;) {
      skip()
      const op = peek()
      if (op !== '+' && op !== '-') return v
      pos++
      const rhs = term()
      v = op === '+' ? v + rhs : v - rhs
    }
  }
  return expr()
}

export const totalBudget = (lines: BudgetLine[]) =>
  lines.reduce(
    (sum, line) => sum + evaluateCell(line.quantity) * evaluateCell(line.unitCost),
    0
  )
