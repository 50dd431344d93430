import { z } from 'zod';

// zod compiles a fast path for object schemas with `new Function` when each schema is created; the
// strict CSP (no 'unsafe-eval') forbids that and reports a violation. This module must run before
// any schema is defined, so every module that defines schemas imports it first.
z.config({ jitless: true });
