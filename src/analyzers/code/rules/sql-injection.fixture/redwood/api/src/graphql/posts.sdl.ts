export const schema = gql`
  type Post {
    id: Int!
    title: String!
  }

  input PostSearchInput {
    term: String!
    limit: Int!
    sortColumn: String
  }

  type Query {
    searchPosts(input: PostSearchInput!): [Post!]! @skipAuth
    postsByAuthor(authorId: Int!, tag: String): [Post!]! @requireAuth
  }
`
