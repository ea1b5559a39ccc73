/**
 * class-validator DTOs (NestJS, routing-controllers). A request body or query bound to a DTO class
 * (`@Query() q: ListPostsDto`) is checked against the class's property decorators by a
 * ValidationPipe (the reason to decorate a DTO at all). A property narrowed to a number, boolean,
 * UUID, date, enum member, one of listed values or a string of letters and digits cannot carry an
 * injection: `ORDER BY ${q.sort}` with `@IsIn(['title', 'created_at']) sort` is an allow-list.
 *
 * The narrowed properties are read from the class declaration; other files get them through the
 * class's export summary (`FunctionSummary.narrowedFields`), resolved like any imported name.
 */
import { type Node, unwrap, walk } from '../frontend/js/ast.js';
import { type ModuleTable, qualifiedName } from '../frontend/js/modules.js';
import type { TaintEngine } from './engine.js';
import { importCandidates } from './imported-calls.js';

/** Decorators whose values cannot hold markup, quotes, separators or path segments. */
const NARROWING = new Set([
  'IsIn', 'IsEnum', 'IsInt', 'IsNumber', 'IsNumberString', 'IsDecimal', 'IsPositive', 'IsNegative', 'IsBoolean', 'IsBooleanString',
  'IsUUID', 'IsMongoId', 'IsDate', 'IsDateString', 'IsISO8601', 'IsMilitaryTime', 'IsLatitude', 'IsLongitude', 'IsLatLong',
  'IsAlpha', 'IsAlphanumeric', 'IsHexadecimal', 'IsHexColor', 'IsPort', 'IsISO31661Alpha2', 'IsISO31661Alpha3', 'IsCurrency',
]);

/** `@Matches(/^[a-z0-9_]+$/)`: an anchored pattern of letters, digits and `_` only (no `.`, `-`, spaces or quotes). */
export const ALLOW_LIST_PATTERN = /^\^(?:\[(?:[A-Za-z0-9]-[A-Za-z0-9]|[A-Za-z0-9_]|\\[wd])+\]|\\w|\\d)(?:[+*]|\{\d+(?:,\d*)?\})\$$/;

/** Narrowed properties of each class declared in this file (classes without any are left out). */
export function narrowedDtoFields(program: Node, modules: ModuleTable): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const visit = (cls: Node) => {
    if (!cls.id?.name) return;
    const fields: string[] = [];
    for (const m of cls.body.body as Node[]) {
      if (m.type !== 'PropertyDefinition' || m.computed || m.key.type !== 'Identifier') continue;
      if ((m.decorators as Node[] | undefined)?.some((d) => narrows(d, modules))) fields.push(m.key.name);
    }
    if (fields.length) out.set(cls.id.name, fields);
  };
  walk(program, [{ ClassDeclaration: visit, ClassExpression: visit }]);
  return out;
}

function narrows(decorator: Node, modules: ModuleTable): boolean {
  const expr = unwrap(decorator.expression);
  if (expr.type !== 'CallExpression') return false;
  const name = qualifiedName(expr.callee, modules) ?? '';
  if (!name.startsWith('class-validator.')) return false;
  const short = name.slice('class-validator.'.length);
  if (NARROWING.has(short)) return true;
  const pattern = short === 'Matches' ? unwrap(expr.arguments[0] ?? expr) : undefined;
  return pattern?.type === 'Literal' && !!pattern.regex && ALLOW_LIST_PATTERN.test(String(pattern.regex.pattern));
}

/**
 * The narrowed properties of the DTO class a decorated parameter is declared with
 * (`@Body() dto: CreateOrderDto`): from this file's classes, or the class's export summary
 * another file gives (asked for here, so the link step hands it over).
 */
export function dtoNarrowing(e: TaintEngine, param: Node): string[] | undefined {
  const target = param.type === 'AssignmentPattern' ? param.left : param;
  const typeName = target.typeAnnotation?.typeAnnotation?.typeName;
  if (typeName?.type !== 'Identifier') return undefined;
  return e.narrowedDtos.get(typeName.name) ?? importedNarrowedFields(e, typeName);
}

/**
 * The fields another file's export narrows (a DTO class, an object schema): its export summary's
 * `narrowedFields`, asked for here so the link step hands it over.
 */
export function importedNarrowedFields(e: TaintEngine, ref: Node): string[] | undefined {
  const candidates = importCandidates(e, ref, undefined, '');
  for (const c of candidates) e.importCalls.set(c, true);
  for (const c of candidates) {
    const fields = e.input.linkInput?.[c]?.narrowedFields;
    if (fields) return fields;
  }
  return undefined;
}
