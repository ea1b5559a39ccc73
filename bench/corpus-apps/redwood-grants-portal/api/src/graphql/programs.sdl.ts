export const schema = gql`
  type Program {
    id: Int!
    slug: String!
    title: String!
    descriptionHtml: String!
    opensAt: DateTime!
    closesAt: DateTime!
  }

  type Query {
    programs: [Program!]! @skipAuth
    program(slug: String!): Program @skipAuth
  }

  input UpdateProgramInput {
    title: String
    descriptionHtml: String
    rubricYaml: String
    opensAt: DateTime
    closesAt: DateTime
  }

  input NotifyApplicantsInput {
    programId: Int!
    status: String!
    subject: String!
    letterTemplate: String!
  }

  input UploadLogoInput {
    programId: Int!
    mimeType: String!
    contentBase64: String!
  }

  type Mutation {
    updateProgram(id: Int!, input: UpdateProgramInput!): Program!
      @requireAuth(roles: ["admin"])
    notifyApplicants(input: NotifyApplicantsInput!): Boolean!
      @requireAuth(roles: ["officer", "admin"])
    uploadProgramLogo(input: UploadLogoInput!): String!
      @requireAuth(roles: ["admin"])
  }
`
