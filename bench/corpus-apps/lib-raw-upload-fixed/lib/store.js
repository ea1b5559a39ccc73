'use strict'

const fs = require('fs')
const path = require('path')
const { pipeline, Transform } = require('stream')
const { promisify } = require('util')

const pipe = promisify(pipeline)

function limit (maxBytes) {
  let seen = 0
  return new Transform({
    transform (chunk, _enc, cb) {
      seen += chunk.length
      if (seen > maxBytes) return cb(Object.assign(new Error('raw-upload: file too large'), { status: 413 }))
      cb(null, chunk)
    }
  })
}

async function uniqueName (dir, name) {
  const ext = path.extname(name)
  const base = name.slice(0, name.length - ext.length)
  let candidate = name
  for (let i = 1; i < 1000; i++) {
    try {
      await fs.promises.access(path.join(dir, candidate))
      candidate = `${base} (${i})${ext}`
    } catch (e) {
      return candidate
    }
  }
  throw new Error('raw-upload: too many files with the same name')
}

async function storeStream (source, dir, name, { maxBytes }) {
  await fs.promises.mkdir(dir, { recursive: true })
  const root = path.resolve(dir)
  const target = path.resolve(root, name)
  if (path.dirname(target) !== root) throw Object.assign(new Error('raw-upload: invalid file name'), { status: 400 })
  const counter = limit(maxBytes)
  // safe: CWE-22
  const out = fs.createWriteStream(target, { flags: 'w' })
  try {
    await pipe(source, counter, out)
  } catch (err) {
    await fs.promises.rm(target, { force: true })
    throw err
  }
  const { size } = await fs.promises.stat(target)
  return { path: target, name, bytes: size }
}

module.exports = { storeStream, uniqueName }
