export const schema = gql`
  type ScoringRule {
    id: Int!
    programId: Int!
    name: String!
    expression: String!
    weights: JSON!
    active: Boolean!
  }

  type ScorePreview {
    applicationId: Int!
    score: Float!
  }

  input PreviewRuleInput {
    programId: Int!
    expression: String
    weights: [Float!]
  }

  input CreateScoringRuleInput {
    programId: Int!
    name: String!
    expression: String!
    weights: [Float!]
  }

  type Query {
    scoringRules(programId: Int!): [ScoringRule!]!
      @requireAuth(roles: ["officer", "admin"])
    previewScoringRule(input: PreviewRuleInput!): [ScorePreview!]!
      @requireAuth(roles: ["officer", "admin"])
  }

  type Mutation {
    createScoringRule(input: CreateScoringRuleInput!): ScoringRule!
      @requireAuth(roles: ["officer", "admin"])
  }
`
