export const schema = gql`
  type Attachment {
    id: Int!
    applicationId: Int!
    filename: String!
    size: Int!
    createdAt: DateTime!
  }

  input UploadAttachmentInput {
    applicationId: Int!
    filename: String!
    contentBase64: String!
  }

  type Query {
    attachments(applicationId: Int!): [Attachment!]! @requireAuth
  }

  type Mutation {
    uploadAttachment(input: UploadAttachmentInput!): Attachment! @requireAuth
    deleteAttachment(id: Int!): Boolean! @requireAuth
  }
`
