import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/refi/${name}`, import.meta.url)), 'utf8');

/** Validates XML against REFI's Project.xsd or Codebook.xsd with libxml2; returns its errors. */
export async function refiSchemaErrors(
  xml: string,
  schema: 'Project.xsd' | 'Codebook.xsd',
): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: schema === 'Project.xsd' ? 'project.qde' : 'codebook.qdc', contents: xml }],
    schema: [{ fileName: schema, contents: fixture(schema) }],
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}
