// Raw HTTP against the mocked backend (the SDK would refuse to send most of what these tests send).
import assert from 'node:assert/strict';
import { Problem } from '../../../src/sdk/schemas.ts';
import { BASE } from '../sdk/harness.ts';

export const ORG = `${BASE}/api/V3/en/org/forest-explorers`;

export interface Answer {
  status: number;
  contentType: string;
  text: string;
  headers: Headers;
  json: unknown;
}

/** Sends one request and reads the whole answer. */
export const call = async (url: string, init: RequestInit = {}): Promise<Answer> => read(await fetch(url, init));

/** Reads a whole answer. */
export async function read(response: Response): Promise<Answer> {
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType: response.headers.get('Content-Type') ?? '', text, headers: response.headers, json };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
export const jsonBody = (body: unknown, headers: Record<string, string> = {}) => ({
  body: JSON.stringify(body),
  headers: { 'Content-Type': 'application/json', ...headers },
});

/** Asserts a refusal: this status (or any 4xx), as problem details with this code, and no stack trace. */
export function assertProblem(answer: Answer, status: number | '4xx', code?: string) {
  const label = `${answer.status} ${answer.text.slice(0, 200)}`;
  if (status === '4xx') assert.ok(answer.status >= 400 && answer.status < 500, label);
  else assert.equal(answer.status, status, label);
  assert.match(answer.contentType, /^application\/problem\+json/, label);
  const problem = Problem.safeParse(answer.json);
  assert.ok(problem.success, label);
  if (code) assert.equal(problem.data.code, code, label);
  assert.doesNotMatch(answer.text, /\bat .+:\d+:\d+|Error:|\.ts\b/, 'no stack trace in the body');
  return problem.data;
}
