// Zod's own fallback messages in Dutch, for the server and the CLI. Our
// schemas and readableIssues() give most messages themselves; this covers the
// rest, so nothing English reaches a user. (Not in the browser bundle.)
import { z } from 'zod';

z.config(z.locales.nl());
