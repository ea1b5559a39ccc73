import React from 'react';

export function Notice() {
  const params = new URLSearchParams(window.location.search);
  const message = params.get('msg') || '';
  const back = params.get('back') || '/';
  return (
    <div className="notice">
      {/* vuln: CWE-79 */}
      <p dangerouslySetInnerHTML={{ __html: message }} />
      {/* safe: CWE-79 */}
      <p className="plain">{message}</p>
      {/* vuln: CWE-79 */}
      <a href={back}>Back</a>
    </div>
  );
}
