import { z } from 'zod';
import { packageVersion } from '../../version.js';
import { componentSchemas, ref } from './components.js';
import { ROUTES, type RouteDoc } from './paths.js';

export { ROUTES } from './paths.js';
export type { RouteDoc } from './paths.js';
export { COMPONENTS } from './components.js';

const ERROR_TEXT: Record<number, string> = {
  400: 'bad parameters or body; `error.message` names the problem',
  404: 'no such story or article',
  405: 'the path exists under another method (see the Allow header)',
  413: 'the body is over the size limit',
  415: 'a body of a type the API does not read',
  500: 'an internal error; the server goes on serving',
};

/**
 * The OpenAPI 3.1 document served at `/openapi.json`: every route of `ROUTES` with its parameters,
 * request bodies and responses, the schemas generated from the zod schemas the API is checked
 * against. Built once per app.
 */
export function openApiDocument(): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of ROUTES) (paths[route.path] ??= {})[route.method] = operation(route);
  return {
    openapi: '3.1.0',
    info: {
      title: 'corroborate',
      version: packageVersion(),
      description: 'Stories, articles and comparisons of how outlets cover one event. Every error is `{ error: { code, message } }`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths,
    components: { schemas: componentSchemas() },
  };
}

function operation(route: RouteDoc): object {
  const responses: Record<string, object> = {};
  for (const [status, r] of Object.entries(route.responses)) responses[status] = { description: r.description, content: { 'application/json': { schema: ref(r.schema) } } };
  if (route.path === '/openapi.json') responses['200'] = { description: 'the OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } };
  for (const status of [400, ...(route.errors ?? []), 405, 500]) {
    responses[String(status)] = { description: ERROR_TEXT[status], content: { 'application/json': { schema: ref('Error') } } };
  }
  return {
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    operationId: operationId(route),
    parameters: [...pathParameters(route), ...queryParameters(route.query)],
    ...(route.body ? { requestBody: requestBody(route.body) } : {}),
    responses,
  };
}

function pathParameters(route: RouteDoc): object[] {
  return Object.entries(route.params ?? {}).map(([name, description]) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } }));
}

function queryParameters(query: z.ZodObject): object[] {
  return Object.entries(query.shape).map(([name, field]) => {
    const { $schema: _s, description, ...schema } = z.toJSONSchema(field as z.ZodType, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
    return { name, in: 'query', required: !(field as z.ZodType).isOptional(), ...(description ? { description } : {}), schema };
  });
}

function requestBody(body: NonNullable<RouteDoc['body']>): object {
  const content: Record<string, object> = {};
  for (const [type, what] of Object.entries(body)) {
    content[type] = typeof what === 'string' ? { schema: ref(what) } : { schema: { type: 'string', description: what.text } };
  }
  return { required: true, content };
}

/** `GET /api/stories/{id}/report` → `getStoriesIdReport`. */
function operationId(route: RouteDoc): string {
  const words = route.path.replace(/[{}]/g, '').split(/[/.]/).filter((w) => w && w !== 'api');
  return route.method + words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}
