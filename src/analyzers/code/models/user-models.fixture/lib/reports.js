// Runs a report definition; the formula is evaluated by the team's engine (not visible here).
function runReport(name, formula) {
  return { name, formula };
}

module.exports = { runReport };
