export const schema = gql`
  type ExportFile {
    id: Int!
    kind: String!
    fileName: String!
    createdAt: DateTime!
  }

  input RequestExportInput {
    programId: Int!
    kind: String!
    packetTitle: String!
  }

  type Query {
    myExports: [ExportFile!]! @requireAuth(roles: ["officer", "admin"])
  }

  type Mutation {
    requestExport(input: RequestExportInput!): Boolean!
      @requireAuth(roles: ["officer", "admin"])
  }
`
