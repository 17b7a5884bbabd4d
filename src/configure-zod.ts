import { config } from 'zod/v4/core';

// zod compiles object parsers with `new Function` when it can, and probes for
// that once, when the first object schema is built. Under the built app's
// Content-Security-Policy (script-src 'self', no 'unsafe-eval') the probe is
// reported as a `securitypolicyviolation`, so turn compilation off before any
// schema exists: src/main.tsx imports this module first. zod's interpreter is
// what would run under the policy anyway.
config({ jitless: true });
