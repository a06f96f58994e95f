import type { Child } from "hono/jsx";
import { SITE_CSS_PATH } from "../render/renderers.ts";
import type { OpenApiDocument, Operation, Parameter } from "./openapi.ts";

type JsonSchema = Record<string, unknown>;

/** Longer value lists fold away, so the countries' 250 codes do not bury the rest. */
const FOLD_AFTER = 20;

const COMPONENT_PREFIX = "#/components/schemas/";
const anchorOf = (name: string) => `schema-${name}`;

function list(value: unknown): JsonSchema[] {
  return Array.isArray(value) ? (value as JsonSchema[]) : [];
}

/** A schema as a short type expression: `string | null`, `Source[]`, `"a" | "b"`, `{ rule: string }`. */
function TypeOf({ schema }: { schema: JsonSchema }): Child {
  const target = schema.$ref;
  if (typeof target === "string") {
    const name = target.slice(COMPONENT_PREFIX.length);
    return <a href={`#${anchorOf(name)}`}>{name}</a>;
  }
  const alternatives = list(schema.anyOf ?? schema.oneOf);
  if (alternatives.length > 0)
    return joined(alternatives.map((alternative) => <TypeOf schema={alternative} />));
  if (Array.isArray(schema.enum)) {
    const values = schema.enum as unknown[];
    if (values.length > 4) return `${String(schema.type ?? "any")} (one of ${values.length} values)`;
    return values.map((value) => JSON.stringify(value)).join(" | ");
  }
  if ("const" in schema) return JSON.stringify(schema.const);
  const types = [schema.type ?? "any"].flat() as string[];
  return joined(
    types.map((type) => {
      if (type === "array") {
        const items = (schema.items ?? {}) as JsonSchema;
        const values = Array.isArray(items.enum) ? items.enum.length : 0;
        if (values > 4) return `${String(items.type ?? "any")}[] (each one of ${values} values)`;
        return (
          <>
            {items.$ref || items.type ? <TypeOf schema={items} /> : "any"}
            []
          </>
        );
      }
      if (type === "object" && schema.properties) {
        const properties = Object.entries(schema.properties as Record<string, JsonSchema>);
        return (
          <>
            {"{ "}
            {joined(
              properties.map(([name, property]) => (
                <>
                  {name}: <TypeOf schema={property} />
                </>
              )),
              ", ",
            )}
            {" }"}
          </>
        );
      }
      return typeof schema.format === "string" ? `${type} (${schema.format})` : type;
    }),
  );
}

function joined(parts: Child[], separator = " | "): Child {
  return parts.map((part, index) => (
    <>
      {index > 0 ? separator : ""}
      {part}
    </>
  ));
}

/** Descriptions are CommonMark in OpenAPI; of it they use only `code`, shown as such here. */
function Prose({ text }: { text: string }): Child {
  return text.split("`").map((part, index) => (index % 2 === 1 ? <code>{part}</code> : part));
}

/** What a parameter accepts, in words: its values, their pattern, range and default. */
function Accepted({ schema }: { schema: JsonSchema }): Child {
  const item = schema.type === "array" ? ((schema.items ?? {}) as JsonSchema) : schema;
  const alternatives = list(item.anyOf);
  if (alternatives.length > 0) {
    return joined(
      alternatives.map(
        (alternative) => (alternative.description as string | undefined) ?? <TypeOf schema={alternative} />,
      ),
      "; or ",
    );
  }
  if (Array.isArray(item.enum)) {
    const values = (item.enum as unknown[]).map(String);
    const codes = joined(
      values.map((value) => <code>{value}</code>),
      ", ",
    );
    return values.length > FOLD_AFTER ? (
      <details>
        <summary>{values.length} values</summary>
        {codes}
      </details>
    ) : (
      codes
    );
  }
  if ("not" in item) return "nothing: none are configured";
  const facts = [
    typeof item.pattern === "string" ? `matching ${item.pattern}` : null,
    typeof item.minimum === "number" && typeof item.maximum === "number"
      ? `${item.minimum} to ${item.maximum}`
      : null,
    "default" in schema ? `default ${JSON.stringify(schema.default)}` : null,
    typeof schema.maxItems === "number" ? `at most ${schema.maxItems} values` : null,
  ].filter((fact) => fact !== null);
  return (
    <>
      <TypeOf schema={item} />
      {facts.length > 0 ? `, ${facts.join(", ")}` : ""}
    </>
  );
}

function Parameters({ parameters }: { parameters: Parameter[] }) {
  if (parameters.length === 0) return <p>No parameters.</p>;
  return (
    <dl>
      {parameters.map((parameter) => (
        <>
          <dt>
            <code>{parameter.name}</code> ({parameter.in}
            {parameter.required ? ", required" : ""}
            {parameter.explode ? ", repeatable" : ""})
          </dt>
          <dd>
            <Prose text={parameter.description} />
            <br />
            Accepts: <Accepted schema={parameter.schema} />
          </dd>
        </>
      ))}
    </dl>
  );
}

function Responses({ operation }: { operation: Operation }) {
  return (
    <dl>
      {Object.entries(operation.responses).map(([status, response]) => (
        <>
          <dt>{status}</dt>
          <dd>
            <Prose text={response.description} />
            {Object.entries(response.content ?? {}).map(([type, { schema }]) => (
              <>
                <br />
                <code>{type}</code>: <TypeOf schema={schema} />
              </>
            ))}
          </dd>
        </>
      ))}
    </dl>
  );
}

function OperationSection({ path, operation }: { path: string; operation: Operation }) {
  return (
    <section id={operation.operationId}>
      <h3>
        <code>GET {path}</code>
      </h3>
      <p>{operation.summary}.</p>
      {operation.description ? (
        <p>
          <Prose text={operation.description} />
        </p>
      ) : null}
      <h4>Parameters</h4>
      <Parameters parameters={operation.parameters} />
      <h4>Responses</h4>
      <Responses operation={operation} />
    </section>
  );
}

function SchemaSection({ name, schema }: { name: string; schema: JsonSchema }) {
  const required = new Set(list(schema.required) as unknown as string[]);
  const properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>);
  return (
    <section id={anchorOf(name)}>
      <h3>{name}</h3>
      {typeof schema.description === "string" ? (
        <p>
          <Prose text={schema.description} />
        </p>
      ) : null}
      <dl>
        {properties.map(([field, property]) => (
          <>
            <dt>
              <code>{field}</code>
              {required.has(field) ? "" : " (optional)"}: <TypeOf schema={property} />
            </dt>
            {typeof property.description === "string" ? (
              <dd>
                <Prose text={property.description} />
              </dd>
            ) : null}
          </>
        ))}
      </dl>
    </section>
  );
}

/** The API reference, rendered from the OpenAPI document itself so the two cannot disagree. */
export function renderReference(doc: OpenApiDocument): string {
  const operations = Object.entries(doc.paths).map(([path, item]) => ({ path, operation: item.get }));
  const page = (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>sitrep API reference</title>
        <link rel="stylesheet" href={SITE_CSS_PATH} />
      </head>
      <body>
        <header>
          <h1>sitrep API reference</h1>
          <p>
            {doc.info.description} Version {doc.info.version}. The same as an OpenAPI 3.1 document:{" "}
            <a href="/openapi.json">/openapi.json</a>. <a href="/">Back to the stories</a>.
          </p>
        </header>
        <nav aria-label="Operations">
          {doc.tags.map((tag) => (
            <>
              <h2>{tag.name}</h2>
              <p>{tag.description}</p>
              <ul>
                {operations
                  .filter(({ operation }) => operation.tags.includes(tag.name))
                  .map(({ path, operation }) => (
                    <li>
                      <a href={`#${operation.operationId}`}>GET {path}</a>: {operation.summary}
                    </li>
                  ))}
              </ul>
            </>
          ))}
        </nav>
        <main>
          <h2>Operations</h2>
          {operations.map(({ path, operation }) => (
            <OperationSection path={path} operation={operation} />
          ))}
          <h2>Response shapes</h2>
          {Object.entries(doc.components.schemas).map(([name, schema]) => (
            <SchemaSection name={name} schema={schema} />
          ))}
        </main>
      </body>
    </html>
  );
  return `<!DOCTYPE html>\n${page.toString()}`;
}
