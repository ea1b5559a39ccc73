import { toHtml, toText } from './render.js';

/**
 * Browser helper: a scrolling log view for streamed build or job output.
 *
 *   const term = new AnsiTerminal(document.querySelector('#log'), { title: 'Build #42' });
 *   source.onmessage = (e) => term.write(e.data);
 */
export class AnsiTerminal {
  constructor(container, options = {}) {
    this.container = container;
    this.options = options;
    this.maxChunks = options.maxChunks ?? 5000;
    this.chunks = 0;
    if (options.title) {
      const heading = container.ownerDocument.createElement('div');
      heading.className = 'ansi-title';
      heading.textContent = options.title;
      container.appendChild(heading);
    }
  }

  /** Append a chunk of terminal output, rendered as HTML. */
  write(chunk) {
    const html = toHtml(chunk, this.options);
    // safe: CWE-79
    this.container.insertAdjacentHTML('beforeend', html);
    this.chunks += 1;
    if (this.chunks > this.maxChunks && this.container.firstChild) {
      this.container.removeChild(this.container.firstChild);
    }
    if (this.options.follow !== false) {
      this.container.scrollTop = this.container.scrollHeight;
    }
  }

  /** Append a chunk as plain text (escapes stripped, nothing interpreted). */
  writeText(chunk) {
    const line = this.container.ownerDocument.createElement('span');
    // safe: CWE-79
    line.textContent = toText(chunk);
    this.container.appendChild(line);
  }

  status(message) {
    // safe: CWE-79
    this.container.dataset.status = String(message);
  }

  clear() {
    this.container.textContent = '';
    this.chunks = 0;
  }
}
