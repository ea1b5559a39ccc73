export const schema = gql`
  type Invitation {
    id: Int!
    email: String!
    role: String!
    createdAt: DateTime!
  }

  type PanelInvite {
    email: String!
    accessCode: String!
  }

  input InviteReviewerInput {
    email: String!
    role: String!
  }

  type Mutation {
    inviteReviewer(input: InviteReviewerInput!): Invitation!
      @requireAuth(roles: ["admin"])
    invitePanelMember(programId: Int!, email: String!): PanelInvite!
      @requireAuth(roles: ["officer", "admin"])
    acceptInvitation(token: String!): Boolean! @requireAuth
    updatePreferences(patch: JSON!): JSON! @requireAuth
    saveDraft(applicationId: Int!, patch: JSON!): JSON! @requireAuth
  }
`
