import DOMPurify from 'dompurify'
import type { ProgramsQuery, ProgramsQueryVariables } from 'types/graphql'

import { Link, routes } from '@redwoodjs/router'
import type { CellFailureProps, CellSuccessProps, TypedDocumentNode } from '@redwoodjs/web'

export const QUERY: TypedDocumentNode<ProgramsQuery, ProgramsQueryVariables> = gql`
  query ProgramsQuery {
    programs {
      id
      slug
      title
      descriptionHtml
      closesAt
    }
  }
`

export const Loading = () => <div>Loading programmes…</div>

export const Empty = () => <div>No programmes are open right now.</div>

export const Failure = ({ error }: CellFailureProps) => (
  <div className="rw-cell-error">{error?.message}</div>
)

export const Success = ({ programs }: CellSuccessProps<ProgramsQuery>) => {
  return (
    <ul className="programs">
      {programs.map((program) => (
        <li key={program.id}>
          <h3>{program.title}</h3>
          {/* safe: CWE-79 */}
          <div className="description" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(program.descriptionHtml) }} />
          <p>Closes {new Date(program.closesAt).toLocaleDateString('en-GB')}</p>
          <Link to={routes.home({ program: program.slug })}>Apply</Link>
        </li>
      ))}
    </ul>
  )
}
