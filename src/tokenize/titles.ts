/**
 * Abbreviated titles written before a name ("Rear Adm. Hossein Khanzadi", "Maj. Gen. Qassim
 * Suleimani"). wink-nlp ends a sentence after some of them; a full stop after one of these, followed
 * by a capital, goes on with the name. A sentence may well end in "Iowa." or "Rome.", so only titles
 * count.
 */
export const TITLE_ABBREVIATIONS = new Set(['Maj', 'Gen', 'Lt', 'Col', 'Capt', 'Cmdr', 'Adm', 'Sgt', 'Cpl', 'Pvt', 'Sen', 'Rep', 'Gov', 'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Rev', 'Hon', 'St', 'Supt', 'Insp']);

/** True when `text` ends in one of the titles and its full stop ("… commander, Rear Adm."). */
export function endsWithTitle(text: string): boolean {
  const m = /(?:^|[^\p{L}])(\p{L}+)\.$/u.exec(text);
  return m !== null && TITLE_ABBREVIATIONS.has(m[1]);
}
