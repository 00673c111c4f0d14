/** index.html's entry: the demo (each page's module loads when it first shows, see routes.ts). */
import { boot } from './boot.js';

await boot();
