import { navigate, routes, useParams } from '@redwoodjs/router'
import { Metadata } from '@redwoodjs/web'

import ReviewQueueCell from 'src/components/ReviewQueueCell'

type ReviewQueuePageProps = {
  programId: number
}

const SORTS: Record<string, string> = {
  due: '"dueAt"',
  title: 'a.title',
  organisation: 'a."orgName"',
}

const ReviewQueuePage = ({ programId }: ReviewQueuePageProps) => {
  const { sort = 'due', dir = 'ASC' } = useParams()

  const changeSort = (next: string) => {
    navigate(routes.reviewQueue({ programId, sort: next, dir }))
  }

  return (
    <>
      <Metadata title="Review queue" />
      <div className="sort">
        {Object.keys(SORTS).map((key) => (
          <button key={key} type="button" onClick={() => changeSort(key)} aria-pressed={key === sort}>
            {key}
          </button>
        ))}
      </div>
      <ReviewQueueCell programId={programId} orderBy={SORTS[sort] ?? sort} direction={dir} />
    </>
  )
}

export default ReviewQueuePage
