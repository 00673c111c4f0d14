import { type Context, ok, route } from '../http.js';

export const organizationHandlers = (context: Context) => [route(context, 'get', '/organization', () => ok(context.store.state.organization))];
