// Ends every jest run with one plain line, "tests: N passed, N failed, N skipped", that any CI can read.
// It goes to stderr, like the rest of jest's report, so that it comes last.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stderr.write(
      `\ntests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`,
    );
  }
}

module.exports = SummaryReporter;
