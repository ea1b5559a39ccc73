// The package's entry exports each module under one name (`export * as ns from`): callers write `files.read(…)`.
export * as files from './files.js';
