import React, { useEffect, useRef } from 'react';

export function JobLog({ socket }) {
  const logRef = useRef(null);
  useEffect(() => {
    const onLine = (line) => {
      const row = document.createElement('pre');
      // safe: CWE-79
      row.textContent = String(line);
      logRef.current.appendChild(row);
    };
    socket.on('job:output', onLine);
    return () => socket.off('job:output', onLine);
  }, [socket]);
  return <div ref={logRef} className="job-log" />;
}
