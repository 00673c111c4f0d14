/** The activation rules (R1–R9, P): pure functions, no I/O, shared by the SDK, the elements and the mocks. */
export * from './time.js';
export * from './text.js';
export * from './email.js';
export * from './password.js';
export * from './activation.js';
export * from './transitions.js';
export * from './attempts.js';
export { loadCommonPasswords } from './common-passwords.js';
