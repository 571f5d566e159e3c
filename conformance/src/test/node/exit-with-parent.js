// Loaded with `node --require` before the test server starts. The JVM that starts the server holds
// this process's stdin open and never writes to it, so end-of-file means that JVM is gone, however
// it ended (even killed): the server then exits instead of outliving the test run.
"use strict";
process.stdin.on("end", () => process.exit(0));
process.stdin.on("error", () => process.exit(0));
process.stdin.resume();
