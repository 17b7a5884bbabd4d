import { z } from '../validation/zod';
import { W3C_CONTEXT, W3C_MOTIVATIONS } from './w3c-vocab';

/*
 * The MUST requirements of the W3C Web Annotation Data Model (Recommendation,
 * 23 February 2017) for the features Gloss writes and reads: the context, IRIs,
 * types, bodies (IRI, TextualBody, external resource, SpecificResource),
 * targets, TextQuoteSelector, TextPositionSelector, lifecycle dates,
 * motivations and purposes, AnnotationCollection and AnnotationPage.
 * Objects stay open (extensions such as "creator" or "gloss:offsetUnit" are
 * allowed); only what the model requires is checked.
 */

/** An absolute IRI: a scheme, a colon, and no spaces or characters IRIs forbid. */
export const IriSchema = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/,
    'must be an IRI (e.g. urn:uuid:… or https://…)',
  );

/** xsd:dateTime in UTC with "Z", as §3.3.5 requires of created, modified and generated. */
export const UtcDateTimeSchema = z.iso.datetime({
  error: 'must be an xsd:dateTime with the UTC time zone written as Z',
});

function oneOrMany<T extends z.ZodType>(schema: T) {
  return z.union([schema, z.array(schema).min(1, 'must not be empty')]);
}

function hasType(name: string) {
  return z
    .union([z.string(), z.array(z.string())])
    .refine((type) => (Array.isArray(type) ? type.includes(name) : type === name), {
      error: `must be "${name}"`,
    });
}

const ContextSchema = z.union([
  z.literal(W3C_CONTEXT, { error: `must be "${W3C_CONTEXT}"` }),
  z
    .array(z.union([z.string(), z.record(z.string(), z.unknown())]))
    .min(2, 'a single context must be given as a string')
    .refine((contexts) => contexts.includes(W3C_CONTEXT), {
      error: `must include "${W3C_CONTEXT}"`,
    }),
]);

const MotivationSchema = z.enum(W3C_MOTIVATIONS, {
  error: 'must be a motivation the model defines',
});
const offset = z.number().int('must be a whole number').nonnegative('must not be negative');

export const TextQuoteSelectorSchema = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

export const TextPositionSelectorSchema = z.looseObject({
  type: z.literal('TextPositionSelector'),
  start: offset,
  end: offset,
});

const OtherSelectorSchema = z.looseObject({
  type: z
    .string()
    .refine((type) => type !== 'TextQuoteSelector' && type !== 'TextPositionSelector'),
});

export const SelectorSchema = z.union([
  TextQuoteSelectorSchema,
  TextPositionSelectorSchema,
  OtherSelectorSchema,
]);

export const SpecificResourceSchema = z.looseObject({
  id: IriSchema.optional(),
  source: IriSchema,
  selector: oneOrMany(SelectorSchema).optional(),
  purpose: oneOrMany(MotivationSchema).optional(),
});

const ExternalResourceSchema = z
  .looseObject({ id: IriSchema, type: z.union([z.string(), z.array(z.string())]).optional() })
  .refine((resource) => ![resource.type].flat().includes('TextualBody'), {
    error: 'a TextualBody must have a value',
  });

export const TextualBodySchema = z.looseObject({
  id: IriSchema.optional(),
  type: hasType('TextualBody').optional(),
  value: z.string(),
  format: z.string().optional(),
  language: z.string().optional(),
  purpose: oneOrMany(MotivationSchema).optional(),
  created: UtcDateTimeSchema.optional(),
  modified: UtcDateTimeSchema.optional(),
});

const BodySchema = z.union([
  IriSchema,
  TextualBodySchema,
  SpecificResourceSchema,
  ExternalResourceSchema,
]);
const TargetSchema = z.union([IriSchema, SpecificResourceSchema, ExternalResourceSchema]);

const annotationShape = {
  id: IriSchema,
  type: hasType('Annotation'),
  motivation: oneOrMany(MotivationSchema).optional(),
  created: UtcDateTimeSchema.optional(),
  modified: UtcDateTimeSchema.optional(),
  generated: UtcDateTimeSchema.optional(),
  body: oneOrMany(BodySchema).optional(),
  bodyValue: z.string().optional(),
  target: oneOrMany(TargetSchema),
};

const noBodyWithBodyValue = (annotation: { body?: unknown; bodyValue?: unknown }) =>
  annotation.body === undefined || annotation.bodyValue === undefined;
const bodyRule = { error: 'bodyValue must not be used together with body', path: ['bodyValue'] };

/** An annotation embedded in a page, which takes its @context from the enclosing document. */
export const W3CEmbeddedAnnotationSchema = z
  .looseObject({ '@context': ContextSchema.optional(), ...annotationShape })
  .refine(noBodyWithBodyValue, bodyRule);

/** A standalone Web Annotation document. */
export const W3CAnnotationSchema = z
  .looseObject({ '@context': ContextSchema, ...annotationShape })
  .refine(noBodyWithBodyValue, bodyRule);

const pageShape = {
  id: IriSchema,
  type: hasType('AnnotationPage'),
  items: z.array(W3CEmbeddedAnnotationSchema).min(1, 'a page must hold at least one annotation'),
  partOf: z.union([IriSchema, z.looseObject({ id: IriSchema })]).optional(),
  next: IriSchema.optional(),
  prev: IriSchema.optional(),
  startIndex: offset.optional(),
};

/** An AnnotationPage embedded in a collection. */
export const W3CEmbeddedPageSchema = z.looseObject({
  '@context': ContextSchema.optional(),
  ...pageShape,
});

/** A standalone AnnotationPage document. */
export const W3CPageSchema = z.looseObject({ '@context': ContextSchema, ...pageShape });

/** An AnnotationCollection document; an empty collection has no first or last page. */
export const W3CCollectionSchema = z
  .looseObject({
    '@context': ContextSchema,
    id: IriSchema,
    type: hasType('AnnotationCollection'),
    label: z.union([z.string(), z.array(z.string())]).optional(),
    total: offset.optional(),
    first: z.union([IriSchema, W3CEmbeddedPageSchema]).optional(),
    last: z.union([IriSchema, W3CEmbeddedPageSchema]).optional(),
  })
  .refine((collection) => collection.total !== 0 || collection.first === undefined, {
    error: 'an empty collection must not have a first page',
    path: ['first'],
  });
