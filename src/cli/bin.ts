#!/usr/bin/env node
/** The `forkscope` executable, unbundled (the build replaces it with the bundle's: tools/bundle.mjs). */
import { runCli } from './entry.js';

runCli(process.argv.slice(2));
