export const schema = gql`
  type Review {
    id: Int!
    applicationId: Int!
    application: Application!
    reviewerId: Int!
    score: Int
    comment: String
    dueAt: DateTime
    completedAt: DateTime
  }

  type QueueItem {
    reviewId: Int!
    applicationId: Int!
    title: String!
    orgName: String!
    dueAt: DateTime
  }

  input ReviewQueueInput {
    programId: Int!
    orderBy: String
    direction: String
  }

  input ReviewFilterInput {
    programId: Int!
    commentPattern: String
    keyword: String
  }

  type Query {
    reviewQueue(input: ReviewQueueInput!): [QueueItem!]!
      @requireAuth(roles: ["reviewer", "officer"])
    filterReviews(input: ReviewFilterInput!): [Review!]!
      @requireAuth(roles: ["officer", "admin"])
    reviewsForApplication(applicationId: Int!): [Review!]!
      @requireAuth(roles: ["reviewer", "officer", "admin"])
  }

  input SubmitReviewInput {
    score: Int!
    comment: String
  }

  type Mutation {
    submitReview(id: Int!, input: SubmitReviewInput!): Review!
      @requireAuth(roles: ["reviewer"])
  }
`
