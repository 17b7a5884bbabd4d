import { z } from 'zod';

/**
 * The one door to zod: every schema module imports `z` from here, never from 'zod' (a lint
 * rule keeps it so). zod compiles object parsers with `new Function` when it can and probes
 * for that when the first object schema is built; under the app's Content-Security-Policy
 * (no 'unsafe-eval') the probe is reported as a `securitypolicyviolation`. `jitless` turns
 * both off. Because every schema module imports this one, the module graph runs this line
 * before any schema is built, however the bundler splits chunks.
 */
z.config({ jitless: true });

export { z };
