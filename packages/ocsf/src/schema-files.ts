import * as fs from 'node:fs';
import * as path from 'node:path';
import { WardenError } from '@warden/core';

/** A JSON document as read from the schema: shape is checked where it is used. */
export type SchemaDocument = Readonly<Record<string, unknown>>;

/**
 * The OCSF schema's data files, keyed the way `$include` and `extends` refer to them. Building
 * the validator from this (rather than from a directory) keeps resolution pure and lets tests
 * and tools hand in a schema they assembled in memory.
 */
export interface OcsfSchemaFiles {
  /** `version.json` value, e.g. "1.9.0-dev". */
  readonly version: string;
  readonly dictionary: SchemaDocument;
  readonly categories: SchemaDocument;
  /** Event classes by their `name` (base_event, finding, detection_finding...). */
  readonly events: Readonly<Record<string, SchemaDocument>>;
  /** Objects by their `name` (file name without `.json`). */
  readonly objects: Readonly<Record<string, SchemaDocument>>;
  /** Profiles by the path `$include` uses, e.g. `profiles/cloud.json`. */
  readonly profiles: Readonly<Record<string, SchemaDocument>>;
}

/**
 * The schema vendored with this package. Resolved from this file's directory so the same path
 * works from `src/` (jest runs the sources) and from `dist/` (the built package).
 */
export const DEFAULT_SCHEMA_DIR = path.resolve(__dirname, '..', 'schema');

/** Reads an OCSF schema directory (the layout of github.com/ocsf/ocsf-schema). Synchronous: done once at startup. */
export function readSchemaFiles(dir: string = DEFAULT_SCHEMA_DIR): OcsfSchemaFiles {
  const root = path.resolve(dir);
  if (!isDirectory(root)) {
    throw new WardenError(
      'OCSF_SCHEMA_UNREADABLE',
      `OCSF schema directory ${root} does not exist or is not a directory; point the validator at a copy of the ocsf-schema data files (version.json, dictionary.json, events/, objects/, profiles/).`,
      { context: { dir: root } },
    );
  }
  const versionDoc = readJson(root, 'version.json');
  const version = versionDoc['version'];
  if (typeof version !== 'string' || version.length === 0) {
    throw new WardenError(
      'OCSF_SCHEMA_INVALID',
      `${path.join(root, 'version.json')} has no "version" string; re-export the schema files unchanged.`,
      { context: { dir: root } },
    );
  }
  const events: Record<string, SchemaDocument> = {};
  for (const file of listJsonFiles(root, 'events', true)) {
    const doc = readJson(root, file);
    events[documentName(doc, file)] = doc;
  }
  const objects: Record<string, SchemaDocument> = {};
  for (const file of listJsonFiles(root, 'objects', false)) {
    const doc = readJson(root, file);
    objects[documentName(doc, file)] = doc;
  }
  const profiles: Record<string, SchemaDocument> = {};
  for (const file of listJsonFiles(root, 'profiles', false)) {
    profiles[file] = readJson(root, file);
  }
  return {
    version,
    dictionary: readJson(root, 'dictionary.json'),
    categories: readJson(root, 'categories.json'),
    events,
    objects,
    profiles,
  };
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Relative paths with forward slashes, as `$include` writes them. */
function listJsonFiles(root: string, sub: string, recursive: boolean): string[] {
  const dir = path.join(root, sub);
  if (!isDirectory(dir)) {
    throw new WardenError(
      'OCSF_SCHEMA_UNREADABLE',
      `OCSF schema directory ${root} has no ${sub}/ folder; copy the whole schema (events/, objects/, profiles/), not single files.`,
      { context: { dir: root } },
    );
  }
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = `${sub}/${entry.name}`;
    if (entry.isDirectory() && recursive) out.push(...listJsonFiles(root, rel, true));
    else if (entry.isFile() && entry.name.endsWith('.json')) out.push(rel);
  }
  return out.sort();
}

function readJson(root: string, rel: string): SchemaDocument {
  const file = path.join(root, rel);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (cause) {
    throw new WardenError('OCSF_SCHEMA_UNREADABLE', `Cannot read OCSF schema file ${file}; check that it exists and is readable.`, {
      cause,
      context: { file },
    });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (cause) {
    throw new WardenError('OCSF_SCHEMA_INVALID', `OCSF schema file ${file} is not valid JSON; re-export it unchanged from ocsf-schema.`, {
      cause,
      context: { file },
    });
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new WardenError('OCSF_SCHEMA_INVALID', `OCSF schema file ${file} must hold a JSON object.`, { context: { file } });
  }
  return doc as SchemaDocument;
}

function documentName(doc: SchemaDocument, file: string): string {
  const name = doc['name'];
  return typeof name === 'string' && name.length > 0 ? name : path.basename(file, '.json');
}
