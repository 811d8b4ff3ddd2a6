import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNlp = ReturnType<typeof winkNLP>;
let instance: WinkNlp | undefined;

/**
 * wink-nlp with its English lite model, loaded once (about 0.2 s). Only the steps we use run:
 * sentence boundaries and part of speech (named entities, sentiment and negation cost time
 * and did not help the check-worthiness model on its tuning split).
 */
export function getNlp(): WinkNlp {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
