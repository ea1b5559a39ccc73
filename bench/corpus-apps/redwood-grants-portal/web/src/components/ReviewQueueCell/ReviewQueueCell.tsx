import type { ReviewQueueQuery, ReviewQueueQueryVariables } from 'types/graphql'

import { Link, routes } from '@redwoodjs/router'
import type { CellFailureProps, CellSuccessProps, TypedDocumentNode } from '@redwoodjs/web'

export const QUERY: TypedDocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables> = gql`
  query ReviewQueueQuery($input: ReviewQueueInput!) {
    reviewQueue(input: $input) {
      reviewId
      applicationId
      title
      orgName
      dueAt
    }
  }
`

export const beforeQuery = ({ programId, orderBy, direction }: { programId: number; orderBy?: string; direction?: string }) => ({
  variables: { input: { programId, orderBy, direction } },
  fetchPolicy: 'cache-and-network' as const,
})

export const Loading = () => <div>Loading your queue…</div>

export const Empty = () => <div>Nothing left to review. Thank you!</div>

export const Failure = ({ error }: CellFailureProps) => (
  <div className="rw-cell-error">{error?.message}</div>
)

export const Success = ({ reviewQueue }: CellSuccessProps<ReviewQueueQuery, ReviewQueueQueryVariables>) => (
  <table className="queue">
    <thead>
      <tr>
        <th>Application</th>
        <th>Organisation</th>
        <th>Due</th>
      </tr>
    </thead>
    <tbody>
      {reviewQueue.map((item) => (
        <tr key={item.reviewId}>
          <td>
            <Link to={routes.application({ id: item.applicationId })}>{item.title}</Link>
          </td>
          {/* safe: CWE-79 */}
          <td title={item.orgName}>{item.orgName}</td>
          <td>{item.dueAt ? new Date(item.dueAt).toLocaleDateString('en-GB') : '—'}</td>
        </tr>
      ))}
    </tbody>
  </table>
)
