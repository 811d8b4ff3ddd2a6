import { describe, expect, it } from 'vitest';
import modelJson from '../../model/kinds.json' with { type: 'json' };
import { classifySentence, figureKindOf, KINDS_MODEL, typeKindsOf, ZKindsModel } from './model';

describe('kinds model', () => {
  it('loads and validates, with thresholds and cross-validated figures', () => {
    expect(ZKindsModel.safeParse(modelJson).success).toBe(true);
    expect(Object.keys(KINDS_MODEL.types.event.weights).length).toBeGreaterThan(100);
    expect(KINDS_MODEL.cv['typesMacro']).toBeGreaterThan(0.6);
  });

  it('rejects a model without its heads', () => {
    expect(ZKindsModel.safeParse({ ...modelJson, types: {} }).success).toBe(false);
  });

  it.each([
    ['Vaccines cause autism in young children.', 'causal'],
    ['The governor said that the plan would cost too much.', 'quote'],
    ['Unemployment in the state stood at 7.4 percent.', 'quantity'],
    ['A video shows a bear walking through a shopping mall.', 'event'],
  ] as const)('%s is %s', (sentence, kind) => {
    expect(typeKindsOf(classifySentence(sentence).types)).toContain(kind);
  });

  it('reads the figure kind of a dated statement and of a statistic', () => {
    expect(figureKindOf(classifySentence('The bridge was closed in June 2018.').figure)).toBe('temporal');
    expect(figureKindOf(classifySentence('About 40 percent of adults are obese.').figure)).toBe('quantity');
    expect(figureKindOf(classifySentence('Sales were twice as high as the year before.').figure)).toBe('comparison');
  });
});
