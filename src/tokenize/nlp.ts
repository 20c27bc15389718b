import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The one wink-nlp instance, loaded once per process (about 0.2 s). */
export const nlp = winkNLP(model);
export const its = nlp.its;
