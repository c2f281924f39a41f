import { readSchemaFiles, type OcsfSchemaFiles } from './schema-files';
import { SchemaModel, type ResolvedAttribute, type ResolvedShape } from './schema-model';

export type OcsfValidationCode =
  | 'not_an_object'
  | 'unknown_class'
  | 'missing_required'
  | 'wrong_type'
  | 'null_value'
  | 'bad_enum'
  | 'out_of_range'
  | 'sibling_mismatch'
  | 'type_uid_mismatch'
  | 'unknown_attribute'
  | 'profile_not_applied'
  | 'unknown_profile'
  | 'profile_not_supported'
  | 'constraint_at_least_one'
  | 'constraint_just_one'
  | 'deprecated'
  | 'version_mismatch';

export interface OcsfValidationError {
  /** Where, in the event: `finding_info.analytic.type_id`, `evidences[2].ai_agent`; `` for the event itself. */
  readonly path: string;
  /** What is wrong and what to do about it. */
  readonly message: string;
  readonly code: OcsfValidationCode;
  /** Warnings (deprecated attributes, schema version mismatch) do not make an event invalid. */
  readonly severity: 'error' | 'warning';
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

interface Walk {
  readonly profiles: ReadonlySet<string>;
  readonly issues: OcsfValidationError[];
}

/**
 * Validates OCSF events against the schema data files: the class is resolved by `class_uid`
 * (base_event → finding → detection_finding, profiles via `$include`), objects through their
 * `extends` chains. Checks types, required attributes, enums and their string siblings, unknown
 * attributes, profile gating and `at_least_one` / `just_one` constraints. Constrained string
 * types (email_t, url_t, uuid_t...) are checked as strings only.
 *
 * Loading reads the directory once; `validate` is pure and safe to call concurrently.
 */
export class OcsfSchemaValidator {
  private readonly model: SchemaModel;

  private constructor(model: SchemaModel) {
    this.model = model;
  }

  /** Reads the schema from `dir` (default: the copy vendored in this package). Throws WardenError OCSF_SCHEMA_*. */
  static load(dir?: string): OcsfSchemaValidator {
    return OcsfSchemaValidator.fromFiles(readSchemaFiles(dir));
  }

  static fromFiles(files: OcsfSchemaFiles): OcsfSchemaValidator {
    return new OcsfSchemaValidator(new SchemaModel(files));
  }

  /** The schema's `version.json` value; emit it as `metadata.version`. */
  get schemaVersion(): string {
    return this.model.version;
  }

  /** Every problem found, errors and warnings; an event is valid when none has severity `error`. */
  validate(event: unknown): OcsfValidationError[] {
    const issues: OcsfValidationError[] = [];
    if (!isPlainObject(event)) {
      issues.push(error('', 'not_an_object', `an OCSF event must be a JSON object, got ${describe(event)}`));
      return issues;
    }
    const classUid = event['class_uid'];
    if (classUid === undefined || classUid === null) {
      issues.push(error('class_uid', 'missing_required', 'required attribute is missing; set class_uid (2004 for a Detection Finding)'));
      return issues;
    }
    const cls = typeof classUid === 'number' ? this.model.classByUid(classUid) : undefined;
    if (cls === undefined) {
      issues.push(error('class_uid', 'unknown_class', `${JSON.stringify(classUid)} is not a class in OCSF ${this.model.version}; use the class_uid of a defined event class`));
      return issues;
    }
    const profiles = this.appliedProfiles(event, cls, issues);
    const walk: Walk = { profiles, issues };
    this.validateShape(cls, event, '', walk);

    const activityId = event['activity_id'];
    const typeUid = event['type_uid'];
    if (typeof activityId === 'number' && typeof typeUid === 'number' && typeUid !== cls.uid * 100 + activityId) {
      issues.push(
        error('type_uid', 'type_uid_mismatch', `is ${typeUid} but class_uid * 100 + activity_id is ${cls.uid * 100 + activityId}; derive type_uid from those two`),
      );
    }
    const metadata = event['metadata'];
    if (isPlainObject(metadata) && typeof metadata['version'] === 'string' && metadata['version'] !== this.model.version) {
      issues.push({
        path: 'metadata.version',
        code: 'version_mismatch',
        severity: 'warning',
        message: `is "${metadata['version']}" but this validator checks against OCSF ${this.model.version}`,
      });
    }
    return issues;
  }

  private appliedProfiles(event: Record<string, unknown>, cls: ResolvedShape, issues: OcsfValidationError[]): Set<string> {
    const out = new Set<string>();
    const metadata = event['metadata'];
    const listed = isPlainObject(metadata) ? metadata['profiles'] : undefined;
    if (!Array.isArray(listed)) return out; // A wrong type is reported by the normal walk.
    const known = this.model.knownProfiles();
    listed.forEach((p, i) => {
      if (typeof p !== 'string') return;
      const path = `metadata.profiles[${i}]`;
      if (!known.has(p)) {
        issues.push(error(path, 'unknown_profile', `"${p}" is not a profile in OCSF ${this.model.version}; known: ${[...known].sort().join(', ')}`));
      } else if (!cls.profiles.has(p)) {
        issues.push(
          error(path, 'profile_not_supported', `profile "${p}" is not defined for class ${cls.caption}; its attributes cannot be used on this class`),
        );
      }
      out.add(p);
    });
    return out;
  }

  private validateShape(shape: ResolvedShape, obj: Record<string, unknown>, path: string, walk: Walk): void {
    const present = (name: string): boolean => obj[name] !== undefined && obj[name] !== null;
    for (const [key, value] of Object.entries(obj)) {
      const at = join(path, key);
      const attr = shape.attributes.get(key) ?? this.datetimeSibling(shape, key, walk);
      if (attr === undefined) {
        walk.issues.push(error(at, 'unknown_attribute', `"${key}" is not an attribute of ${shape.caption} (${shape.name}); remove it or move it to unmapped`));
        continue;
      }
      if (attr.profile !== null && !walk.profiles.has(attr.profile)) {
        walk.issues.push(
          error(at, 'profile_not_applied', `"${key}" belongs to the ${attr.profile} profile; add "${attr.profile}" to metadata.profiles or remove it`),
        );
        continue;
      }
      if (value === undefined) continue;
      if (attr.deprecated !== undefined) {
        walk.issues.push({ path: at, code: 'deprecated', severity: 'warning', message: `is deprecated: ${attr.deprecated}` });
      }
      this.validateValue(attr, value, at, walk);
    }
    for (const attr of shape.attributes.values()) {
      if (attr.requirement !== 'required' || present(attr.name)) continue;
      if (attr.profile !== null && !walk.profiles.has(attr.profile)) continue;
      walk.issues.push(error(join(path, attr.name), 'missing_required', `required attribute of ${shape.caption} is missing`));
    }
    this.checkSiblings(shape, obj, path, walk);
    const { atLeastOne, justOne } = shape.constraints;
    if (atLeastOne !== undefined && atLeastOne.length > 0 && !atLeastOne.some(present)) {
      walk.issues.push(
        error(path, 'constraint_at_least_one', `${shape.caption} must carry at least one of: ${atLeastOne.join(', ')}`),
      );
    }
    if (justOne !== undefined && justOne.length > 0) {
      const set = justOne.filter(present);
      if (set.length !== 1) {
        walk.issues.push(
          error(path, 'constraint_just_one', `${shape.caption} must carry exactly one of: ${justOne.join(', ')} (found ${set.length === 0 ? 'none' : set.join(', ')})`),
        );
      }
    }
  }

  /** The datetime profile adds an RFC 3339 `<name>_dt` next to every timestamp. */
  private datetimeSibling(shape: ResolvedShape, key: string, walk: Walk): ResolvedAttribute | undefined {
    if (!key.endsWith('_dt')) return undefined;
    const base = shape.attributes.get(key.slice(0, -3));
    if (base === undefined || base.type !== 'timestamp_t') return undefined;
    return {
      name: key,
      caption: `${base.caption} (datetime)`,
      type: 'datetime_t',
      value: { kind: 'primitive', primitive: 'string_t' },
      isArray: base.isArray,
      requirement: 'optional',
      profile: walk.profiles.has('datetime') ? null : 'datetime',
    };
  }

  private checkSiblings(shape: ResolvedShape, obj: Record<string, unknown>, path: string, walk: Walk): void {
    for (const attr of shape.attributes.values()) {
      if (attr.sibling === undefined || attr.enumValues === undefined) continue;
      const id = obj[attr.name];
      const label = obj[attr.sibling];
      if (typeof id !== 'number' || typeof label !== 'string' || !shape.attributes.has(attr.sibling)) continue;
      const at = join(path, attr.sibling);
      if (id === 99) {
        if (label.trim().length === 0) {
          walk.issues.push(error(at, 'sibling_mismatch', `must carry the source's own label when ${attr.name} is 99 (Other)`));
        }
        continue;
      }
      const expected = attr.enumValues.get(String(id));
      if (expected !== undefined && expected.captionChecked !== false && label !== expected.caption) {
        walk.issues.push(
          error(at, 'sibling_mismatch', `is "${label}" but ${attr.name} ${id} means "${expected.caption}"; use the enum caption (or ${attr.name} 99 with your own label)`),
        );
      }
    }
  }

  private validateValue(attr: ResolvedAttribute, value: unknown, path: string, walk: Walk): void {
    if (value === null) {
      walk.issues.push(error(path, 'null_value', 'is null; omit the attribute instead'));
      return;
    }
    if (attr.isArray) {
      if (!Array.isArray(value)) {
        walk.issues.push(error(path, 'wrong_type', `must be an array of ${attr.type}, got ${describe(value)}`));
        return;
      }
      value.forEach((item, i) => this.validateOne(attr, item, `${path}[${i}]`, walk));
      return;
    }
    const jsonAllowsArray = attr.value.kind === 'primitive' && attr.value.primitive === 'json_t';
    if (Array.isArray(value) && !jsonAllowsArray) {
      walk.issues.push(error(path, 'wrong_type', `must be a single ${attr.type}, not an array`));
      return;
    }
    this.validateOne(attr, value, path, walk);
  }

  private validateOne(attr: ResolvedAttribute, value: unknown, path: string, walk: Walk): void {
    if (value === null) {
      walk.issues.push(error(path, 'null_value', 'is null; omit it instead'));
      return;
    }
    const v = attr.value;
    if (v.kind === 'any_object') {
      if (!isPlainObject(value)) walk.issues.push(error(path, 'wrong_type', `must be a JSON object, got ${describe(value)}`));
      return;
    }
    if (v.kind === 'object') {
      if (!isPlainObject(value)) {
        walk.issues.push(error(path, 'wrong_type', `must be a ${v.object} object, got ${describe(value)}`));
        return;
      }
      this.validateShape(this.model.object(v.object), value, path, walk);
      return;
    }
    const problem = primitiveProblem(v.primitive, value);
    if (problem !== undefined) {
      walk.issues.push(error(path, 'wrong_type', `must be ${problem} (${attr.type}), got ${describe(value)}`));
      return;
    }
    if (attr.range !== undefined && typeof value === 'number' && (value < attr.range[0] || value > attr.range[1])) {
      walk.issues.push(error(path, 'out_of_range', `${value} is outside ${attr.range[0]}..${attr.range[1]} (${attr.type})`));
    }
    if (attr.enumValues !== undefined && (typeof value === 'number' || typeof value === 'string')) {
      if (!attr.enumValues.has(String(value)) && value !== 99) {
        const allowed = [...attr.enumValues].map(([k, e]) => `${k} (${e.caption})`).join(', ');
        walk.issues.push(error(path, 'bad_enum', `${JSON.stringify(value)} is not a defined value; allowed: ${allowed}`));
      }
    }
  }
}

function primitiveProblem(primitive: string, value: unknown): string | undefined {
  switch (primitive) {
    case 'string_t':
      return typeof value === 'string' ? undefined : 'a string';
    case 'boolean_t':
      return typeof value === 'boolean' ? undefined : 'a boolean';
    case 'integer_t':
      return Number.isInteger(value) && (value as number) >= INT32_MIN && (value as number) <= INT32_MAX ? undefined : 'a 32-bit integer';
    case 'long_t':
      return Number.isSafeInteger(value) ? undefined : 'an integer';
    case 'float_t':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'a finite number';
    case 'json_t':
      return isJsonValue(value, 0) ? undefined : 'a JSON value';
    default:
      return undefined;
  }
}

function isJsonValue(v: unknown, depth: number): boolean {
  if (depth > 64) return false;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every((x) => isJsonValue(x, depth + 1));
  if (isPlainObject(v)) return Object.values(v).every((x) => x === undefined || isJsonValue(x, depth + 1));
  return false;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'number') return `number ${v}`;
  return typeof v;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function error(path: string, code: OcsfValidationCode, message: string): OcsfValidationError {
  return { path, code, severity: 'error', message };
}
