export const schema = gql`
  type Application {
    id: Int!
    programId: Int!
    program: Program!
    applicantId: Int!
    title: String!
    orgName: String!
    orgSlug: String
    narrative: String!
    amount: Float!
    budgetLines: JSON!
    budgetTotal: Float
    links: [String!]!
    tags: [String!]!
    status: String!
    score: Float
    attachments: [Attachment!]!
    linkChecks: [LinkCheck!]!
    submittedAt: DateTime
    createdAt: DateTime!
  }

  type LinkCheck {
    id: Int!
    url: String!
    status: Int
    title: String
    excerpt: String
    checkedAt: DateTime!
  }

  type ApplicationRow {
    id: Int!
    title: String!
    orgName: String!
    status: String!
    amount: Float!
    submittedAt: DateTime
  }

  type LinkPreview {
    url: String!
    status: Int
    title: String
  }

  input ApplicationsOrderInput {
    createdAt: SortOrder
    submittedAt: SortOrder
    amount: SortOrder
    title: SortOrder
  }

  enum SortOrder {
    asc
    desc
  }

  type Query {
    myApplications(orderBy: ApplicationsOrderInput): [Application!]! @requireAuth
    application(id: Int!): Application @requireAuth
    searchApplications(programId: Int!, term: String!, status: String): [ApplicationRow!]!
      @requireAuth(roles: ["officer", "admin"])
    searchMyApplications(term: String!): [ApplicationRow!]! @requireAuth
    programTotals(programId: Int!, sortKey: String!): [ApplicationRow!]!
      @requireAuth(roles: ["officer", "admin"])
    previewLink(url: String!): LinkPreview! @requireAuth
    granteeBySlug(slug: String!): Application @skipAuth
  }

  input CreateApplicationInput {
    programId: Int!
    title: String!
    orgName: String!
    orgSlug: String
    narrative: String!
    amount: Float!
  }

  input UpdateApplicationInput {
    title: String
    orgName: String
    orgSlug: String
    narrative: String
    amount: Float
    budgetLines: JSON
    links: [String!]
    draft: JSON
  }

  input TagApplicationsInput {
    ids: [Int!]!
    tag: String!
  }

  type Mutation {
    createApplication(input: CreateApplicationInput!): Application! @requireAuth
    updateApplication(id: Int!, input: UpdateApplicationInput!): Application! @requireAuth
    submitApplication(id: Int!): Application! @requireAuth
    tagApplications(input: TagApplicationsInput!): Int!
      @requireAuth(roles: ["officer", "admin"])
    setApplicationStatus(id: Int!, status: String!): Application!
      @requireAuth(roles: ["officer", "admin"])
  }
`
