/**
 * Reads Lusha's own OpenAPI spec from ../shared/lusha/openapi-v3.yml at test time (it is never
 * copied into the project) and turns it into JSON Schema validators and example lists.
 *
 * In CI the file must exist: a missing spec fails the suite. In a plain developer checkout
 * without ../shared the suites that need it are skipped with a printed reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export const specPath = path.resolve(
  process.env.LUSHA_SPEC_PATH ??
    path.join(import.meta.dirname, '../../../shared/lusha/openapi-v3.yml'),
);

/** True when the spec can be read; throws in CI when it cannot. */
export function specAvailable(): boolean {
  if (existsSync(specPath)) return true;
  if (process.env.CI)
    throw new Error(`Lusha spec missing at ${specPath}; CI always has ../shared.`);
  console.warn(
    `Skipping spec-based tests: ${specPath} is absent (no ../shared beside this checkout).`,
  );
  return false;
}

type Json = Record<string, unknown>;

export interface SpecExample {
  name: string;
  value: unknown;
}

export interface SpecResponse {
  status: string;
  /** JSON pointer of the response schema inside the (converted) spec, for ajv. */
  schemaRef?: string;
  examples: SpecExample[];
}

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  requestExamples: SpecExample[];
  requestSchemaRef?: string;
  responses: SpecResponse[];
}

let cached: { doc: Json; ajv: Ajv; operations: SpecOperation[] } | undefined;

/** The spec as parsed YAML, unconverted. */
export function rawSpec(): Json {
  return parse(readFileSync(specPath, 'utf8')) as Json;
}

/** OpenAPI 3.0 `nullable` → JSON Schema type unions; drops annotations ajv does not know. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === 'example' || key === 'examples' || key.startsWith('x-')) continue;
    out[key] =
      key === 'properties' || key === 'patternProperties' ? mapValues(value) : toJsonSchema(value);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  } else delete out.nullable;
  return out;
}

function mapValues(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, toJsonSchema(v)]));
}

function resolve(doc: Json, node: unknown): Json {
  let current = node as Json;
  while (current && typeof current.$ref === 'string') {
    current = (current.$ref as string)
      .slice(2)
      .split('/')
      .reduce<unknown>(
        (acc, part) => (acc as Json)[part.replace(/~1/g, '/').replace(/~0/g, '~')],
        doc,
      ) as Json;
  }
  return current;
}

function examplesOf(media: Json | undefined): SpecExample[] {
  if (!media) return [];
  const list: SpecExample[] = [];
  if ('example' in media) list.push({ name: 'example', value: media.example });
  for (const [name, ex] of Object.entries((media.examples as Json | undefined) ?? {})) {
    list.push({ name, value: (ex as Json).value });
  }
  return list;
}

function pointer(...parts: string[]): string {
  return '#/' + parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

function load() {
  if (cached) return cached;
  const doc = rawSpec();
  const operations: SpecOperation[] = [];
  for (const [route, item] of Object.entries(doc.paths as Json)) {
    for (const [method, op] of Object.entries(item as Json)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const operation = op as Json;
      const body = resolve(doc, operation.requestBody);
      const reqMedia = (body?.content as Json | undefined)?.['application/json'] as
        Json | undefined;
      const responses: SpecResponse[] = [];
      for (const [status, response] of Object.entries((operation.responses as Json) ?? {})) {
        const resolved = resolve(doc, response);
        const media = (resolved.content as Json | undefined)?.['application/json'] as
          Json | undefined;
        const ref = (response as Json).$ref as string | undefined;
        const schemaRef = media?.schema
          ? ref
            ? `${ref}/content/application~1json/schema`
            : pointer(
                'paths',
                route,
                method,
                'responses',
                status,
                'content',
                'application/json',
                'schema',
              )
          : undefined;
        responses.push({ status, schemaRef, examples: examplesOf(media) });
      }
      operations.push({
        operationId: operation.operationId as string,
        method: method.toUpperCase(),
        path: route,
        requestExamples: examplesOf(reqMedia),
        requestSchemaRef: reqMedia?.schema
          ? pointer('paths', route, method, 'requestBody', 'content', 'application/json', 'schema')
          : undefined,
        responses,
      });
    }
  }
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema(toJsonSchema(doc) as Json, 'lusha');
  cached = { doc, ajv, operations };
  return cached;
}

/** Every operation of the spec, with its examples and schema pointers. */
export function specOperations(): SpecOperation[] {
  return load().operations;
}

/** One operation by its operationId. */
export function specOperation(operationId: string): SpecOperation {
  const op = load().operations.find((o) => o.operationId === operationId);
  if (!op) throw new Error(`No operation ${operationId} in the spec`);
  return op;
}

const validators = new Map<string, ValidateFunction>();

/** A validator for the spec's response schema of `operationId` at `status` (e.g. '200', '400'). */
export function responseValidator(operationId: string, status: string | number): ValidateFunction {
  const op = specOperation(operationId);
  const response =
    op.responses.find((r) => r.status === String(status)) ??
    op.responses.find((r) => r.status === `${String(status)[0]}XX`) ??
    op.responses.find((r) => r.status === 'default');
  if (!response?.schemaRef)
    throw new Error(`${operationId} declares no JSON response for ${status}`);
  return validatorAt(response.schemaRef);
}

/** A validator for the request body schema of `operationId`. */
export function requestValidator(operationId: string): ValidateFunction {
  const ref = specOperation(operationId).requestSchemaRef;
  if (!ref) throw new Error(`${operationId} takes no JSON body`);
  return validatorAt(ref);
}

/** A validator for a named component schema, e.g. `ErrorResponse`. */
export function componentValidator(name: string): ValidateFunction {
  return validatorAt(pointer('components', 'schemas', name));
}

function validatorAt(ref: string): ValidateFunction {
  const key = `lusha${ref}`;
  let validate = validators.get(key);
  if (!validate) {
    const { ajv } = load();
    validate = ajv.compile({ $ref: key });
    validators.set(key, validate);
  }
  return validate;
}

/** ajv's errors as one readable string, for assertion messages. */
export function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
}
