#!/usr/bin/env node
// Benchmarks: sizes of the built extension, the every-page script's main-thread cost,
// Readability and database throughput in headless Chromium. See bench/README.md.
import { main } from '../bench/run.mjs';

await main(process.argv.slice(2));
