import { useSearchParams, useNavigate } from 'react-router-dom';
import { useEffect, useRef } from 'react';

export default function SearchResults() {
  const [params] = useSearchParams();
  const term = params.get('term') ?? '';
  const navigate = useNavigate();
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (summaryRef.current) {
      // ruleid: js/xss
      summaryRef.current.innerHTML = `Found results for <b>${term}</b>`;
    }
  }, [term]);

  const onPick = (href: string) => {
    navigate(href);
  };

  const externalLink = params.get('ref');

  return (
    <section>
      <div ref={summaryRef} />
      {/* ok: js/xss */}
      <h2>Results for {term}</h2>
      {/* ruleid: js/xss */}
      <p dangerouslySetInnerHTML={{ __html: 'You searched for ' + term }} />
      {externalLink && (
        // ruleid: js/xss
        <a href={externalLink}>Back to where you came from</a>
      )}
      <button onClick={() => onPick('/search')}>New search</button>
    </section>
  );
}
