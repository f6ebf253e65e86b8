// node:test's names for vitest's functions (see vitest.config.js).
export { describe, it, it as test, beforeAll as before, afterAll as after, beforeEach, afterEach } from 'vitest';
