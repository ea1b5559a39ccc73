export type ScoreInput = {
  amount: number
  reviewScores: number[]
  budgetTotal: number
  orgAgeYears: number
}

type Compiled = (s: ScoreInput) => number

/**
 * Program officers write scoring rules such as
 * `avg(reviewScores) * 10 - (amount > 50000 ? 5 : 0)`.
 */
export const compileRuleExpression = (expression: string): Compiled => {
  // vuln: CWE-94
  const fn = new Function(
    's',
    `const { amount, reviewScores, budgetTotal, orgAgeYears } = s;
     const avg = (xs) => xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
     return (${expression});`
  ) as Compiled
  return fn
}

/**
 * Weighted rubric: weights are validated numbers, so the compiled body only
 * ever contains numeric literals and fixed property names.
 */
export const compileWeightedRubric = (weights: unknown[]): Compiled => {
  const nums = weights.map((w) => Number(w))
  if (nums.length === 0 || nums.length > 10 || !nums.every(Number.isFinite)) {
    throw new Error('Weights must be 1-10 finite numbers')
  }
  const terms = nums.map((w, i) => `${w} * (s.reviewScores[${i}] ?? 0)`).join(' + ')
  // safe: CWE-94
  return new Function('s', `return ${terms};`) as Compiled
}

export const defaultScore = (s: ScoreInput) => {
  if (s.reviewScores.length === 0) return 0
  return s.reviewScores.reduce((a, b) => a + b, 0) / s.reviewScores.length
}
