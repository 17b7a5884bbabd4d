import { stableUuid } from './stable-id';
import type { ArticleWithText } from '../corpus/types';
import { xmlElement, xmlText } from './xml-write';

/**
 * Article metadata travels as REFI document variables (what NVivo calls
 * attributes and MAXQDA document variables), so other tools can filter by
 * outlet or language; "Gloss article id" lets a Gloss import give a
 * document back its own id.
 */
export const REFI_VARIABLES = [
  { key: 'source', name: 'Outlet' },
  { key: 'language', name: 'Language' },
  { key: 'id', name: 'Gloss article id' },
] as const;

/** The name of the variable that carries a Gloss article id. */
export const ARTICLE_ID_VARIABLE = 'Gloss article id';

/** The guid of a variable, from its name. */
export function variableGuid(name: string): string {
  return stableUuid(`gloss-refi-variable:${name}`);
}

/** The project's `<Variables>` element. */
export function variablesElement(): string {
  return xmlElement(
    'Variables',
    {},
    REFI_VARIABLES.map(({ name }) =>
      xmlElement('Variable', { guid: variableGuid(name), name, typeOfVariable: 'Text' }),
    ),
  );
}

/** An article's `<VariableValue>` elements (empty values are left out). */
export function variableValues(article: ArticleWithText): string[] {
  return REFI_VARIABLES.flatMap(({ key, name }) => {
    const value = article[key];
    if (value === null || value === '') return [];
    return [
      xmlElement('VariableValue', {}, [
        xmlElement('VariableRef', { targetGUID: variableGuid(name) }),
        `<TextValue>${xmlText(value)}</TextValue>`,
      ]),
    ];
  });
}
