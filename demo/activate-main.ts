/**
 * activate.html's entry, the page activation emails link to: the link page's module comes with the page
 * (and no other page of the demo), then the demo boots as on every page.
 */
import { boot } from './boot.js';
import './pages/activate.js';

await boot();
