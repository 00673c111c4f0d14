/**
 * The query parameters of the lists, part of the wire contract beside `schemas.ts`: the mocked backend checks
 * every query string with them (422 naming the parameter). The SDK builds its queries from typed options and
 * never parses them, so they stay out of its bundle.
 */
import * as z from 'zod/mini';
import { ActivationStatus, CalendarDate, MassOutcome } from './schemas.js';

/** Largest `perPage`, and largest `page`, a list accepts. */
export const MAX_PER_PAGE = 500;
export const MAX_PAGE = 1_000_000;
/** A count in a query string: a canonical positive integer (`1`, never `01`, `1.0`, `+1`, `1e3`) up to `max`. */
const QueryCount = (max: number) =>
  z.string().check(z.regex(/^[1-9][0-9]{0,15}$/, 'A positive whole number.'), z.refine((text) => Number(text) <= max, `At most ${max}.`));

/** The paging parameters of every list. */
export const PageParams = z.object({ page: z.optional(QueryCount(MAX_PAGE)), perPage: z.optional(QueryCount(MAX_PER_PAGE)) });

/** `GET /accounts` filters. */
export const AccountParams = z.extend(PageParams, {
  search: z.optional(z.string().check(z.maxLength(200))),
  createdAfter: z.optional(CalendarDate),
  activationStatus: z.optional(ActivationStatus),
});

/** Filters of the mass preview's and results' lists. */
export const MassListParams = z.extend(PageParams, { outcome: z.optional(MassOutcome) });
