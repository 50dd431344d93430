import * as z from 'zod/mini';

// zod compiles a fast path for object schemas with `new Function` when each schema is created; the
// strict CSP (no 'unsafe-eval') forbids that and reports a violation. This module must run before
// any schema is defined, so every module that defines schemas imports it first.
// zod/mini (a third of full zod's weight, in the validation worker the first view waits for) carries no
// messages of its own: English ones, as the full library gives, name each problem.
z.config({ jitless: true, ...z.locales.en() });
