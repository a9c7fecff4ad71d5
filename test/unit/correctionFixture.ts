// A small hand-made article and the analysis an engine would give it, so correction tests do
// not depend on the engine's current accuracy.
import { Analysis, Entity, EntityType, Quote } from '../../src/core/model';

export const ARTICLE = [
  'Harbor council votes on the new pier',
  'Author: Mira Holm',
  'Date: 2024-03-04',
  '',
  'The mayor spoke first. "We will build the pier before winter," Mayor Lina Ortiz said on Monday.',
  'Residents were split. "The pier is too expensive," said Tomas Berg, a fisherman.',
  'The "harbor plan" was not discussed. Ortiz later added: "Nobody will lose their mooring."',
].join('\n');

export function spanOf(text: string, needle: string, from = 0) {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture lacks ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

function entity(text: string, id: string, name: string, type: EntityType, surfaces: string[], role: string | null = null): Entity {
  let from = text.indexOf('Date:');
  const mentions = surfaces.filter((surface) => text.includes(surface, from)).map((surface) => {
    const span = spanOf(text, surface, from);
    from = span.end;
    return { ...span, entityId: id, kind: surface === name ? ('name' as const) : ('alias' as const) };
  });
  return { id, name, type, aliases: surfaces.filter((s) => s !== name), role, mentions };
}

function quote(article: string, id: string, text: string, speaker: Entity | null, mention: string | null): Quote {
  const span = spanOf(article, text);
  return {
    id,
    ...span,
    kind: speaker ? 'speech' : 'term',
    speaker: speaker && mention ? { name: speaker.name, entityId: speaker.id, mention: spanOf(article, mention, span.end) } : null,
    cue: null,
    ruleId: speaker ? 'adjacent-cue' : 'none',
    rule: speaker ? 'named right after the quote with "said"' : 'no speaker',
    date: null,
    dateId: null,
    unterminated: false,
  };
}

/** The analysis of ARTICLE, or of an edited copy of it (items whose text is gone are left out). */
export function articleAnalysis(text = ARTICLE): Analysis {
  const ortiz = entity(text, 'person:lina-ortiz', 'Lina Ortiz', 'person', ['Lina Ortiz', 'Ortiz']);
  const berg = entity(text, 'person:tomas-berg', 'Tomas Berg', 'person', ['Tomas Berg'], 'fisherman');
  const harbor = entity(text, 'place:harbor', 'Harbor', 'place', ['harbor']);
  return {
    version: 1,
    header: {
      title: 'Harbor council votes on the new pier', titleSpan: { start: 0, end: 36 },
      author: 'Mira Holm', authorSpan: spanOf(text, 'Mira Holm'),
      date: '2024-03-04', dateText: '2024-03-04', dateSpan: spanOf(text, '2024-03-04'), hasDateField: true,
      bodyStart: text.indexOf('The mayor'),
    },
    quotes: [
      ['q1', '"We will build the pier before winter,"', ortiz, 'Lina Ortiz'] as const,
      ['q2', '"The pier is too expensive,"', ortiz, 'Ortiz'] as const,
      ['q3', '"harbor plan"', null, null] as const,
    ]
      .filter(([, quoted]) => text.includes(quoted))
      .map(([id, quoted, speaker, mention]) => quote(text, id, quoted, speaker, mention)),
    entities: [ortiz, berg, harbor],
    dates: [],
    diagnostics: [],
  };
}
