/**
 * Building the sandbox's HTTP answers: JSON bodies and Lusha's error shape.
 */

/** A JSON response with the given status and extra headers. */
export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** Lusha's error body `{statusCode, message, errors?}` as a response. */
export function errorResponse(
  status: number,
  message: string,
  headers: Record<string, string> = {},
  errors?: unknown,
): Response {
  const body =
    errors === undefined
      ? { statusCode: status, message }
      : { statusCode: status, message, errors };
  return json(status, body, headers);
}

/** The body of a request as JSON: `undefined` when empty, `SyntaxError` when not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const text = await request.text();
  if (text.trim() === '') return undefined;
  return JSON.parse(text) as unknown;
}
