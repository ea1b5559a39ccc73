import { useEffect } from 'react'

import { navigate, routes, useParams } from '@redwoodjs/router'
import { Metadata } from '@redwoodjs/web'

// Partner sites linked from programme pages and newsletters.
const ALLOWED_HOSTS = new Set([
  'www.alderfoundation.org',
  'alderfoundation.org',
  'register-of-charities.charitycommission.gov.uk',
  'find-and-update.company-information.service.gov.uk',
])

const OutboundPage = () => {
  const { to } = useParams()

  useEffect(() => {
    let target: URL | null = null
    try {
      target = new URL(to ?? '')
    } catch {
      target = null
    }
    if (target && target.protocol === 'https:' && ALLOWED_HOSTS.has(target.hostname)) {
      // safe: CWE-601
      window.location.assign(target.toString())
    } else {
      navigate(routes.home())
    }
  }, [to])

  return (
    <>
      <Metadata title="Leaving the portal" />
      <p>Taking you to our partner site…</p>
    </>
  )
}

export default OutboundPage
