'use strict'

class PatchError extends Error {
  constructor(message, code, index, operation) {
    super(message)
    this.name = 'PatchError'
    this.code = code
    this.index = index
    this.operation = operation
  }
}

module.exports = { PatchError }
