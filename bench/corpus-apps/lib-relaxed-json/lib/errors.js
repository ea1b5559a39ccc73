'use strict'

class RelaxJsonSyntaxError extends SyntaxError {
  constructor (message, line, column) {
    super(`RelaxJSON: ${message} at ${line}:${column}`)
    this.name = 'RelaxJsonSyntaxError'
    this.lineNumber = line
    this.columnNumber = column
  }
}

module.exports = { RelaxJsonSyntaxError }
