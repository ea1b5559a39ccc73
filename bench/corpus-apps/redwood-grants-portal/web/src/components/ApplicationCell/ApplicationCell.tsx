import type { FindApplicationQuery, FindApplicationQueryVariables } from 'types/graphql'

import type { CellFailureProps, CellSuccessProps, TypedDocumentNode } from '@redwoodjs/web'

export const QUERY: TypedDocumentNode<FindApplicationQuery, FindApplicationQueryVariables> = gql`
  query FindApplicationQuery($id: Int!) {
    application(id: $id) {
      id
      title
      orgName
      narrative
      amount
      budgetTotal
      status
      links
      linkChecks {
        id
        url
        status
        title
      }
      attachments {
        id
        filename
        size
      }
    }
  }
`

export const Loading = () => <div>Loading application…</div>

export const Empty = () => <div>Application not found</div>

export const Failure = ({ error }: CellFailureProps<FindApplicationQueryVariables>) => (
  <div className="rw-cell-error">{error?.message}</div>
)

export const Success = ({
  application,
}: CellSuccessProps<FindApplicationQuery, FindApplicationQueryVariables>) => {
  return (
    <article className="application">
      <h2>{application.title}</h2>
      <p className="org">{application.orgName}</p>
      <dl>
        <dt>Requested</dt>
        <dd>{application.amount.toLocaleString('en-GB', { style: 'currency', currency: 'GBP' })}</dd>
        <dt>Status</dt>
        <dd>{application.status}</dd>
      </dl>
      <section className="narrative">
        <h3>Project narrative</h3>
        {/* vuln: CWE-79 */}
        <div className="rich-text" dangerouslySetInnerHTML={{ __html: application.narrative }} />
      </section>
      <section>
        <h3>Links</h3>
        <ul>
          {application.linkChecks.map((check) => (
            <li key={check.id}>
              <span>{check.title ?? check.url}</span> <small>{check.status ?? 'unreachable'}</small>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>Attachments</h3>
        <ul>
          {application.attachments.map((a) => (
            <li key={a.id}>
              <a href={`${global.RWJS_API_URL}/download?attachment=${a.id}`}>{a.filename}</a>
            </li>
          ))}
        </ul>
      </section>
    </article>
  )
}
