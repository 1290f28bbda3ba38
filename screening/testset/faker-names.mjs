// faker-names.mjs writes screening/testdata/name-parts.tsv: the given names,
// family names and company words of the @faker-js/faker package (MIT
// licence), from which the test set composes names that are on no list.
//
//   cd /tmp && npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz
//   node screening/testset/faker-names.mjs /tmp/package > screening/testdata/name-parts.tsv
//
// Columns: locale, part (given, family, legal, word), value.
const dir = process.argv[2];
const { allLocales } = await import(dir + "/dist/index.js");
const locales = ["en", "en_IN", "en_NG", "de", "fr", "es", "es_MX", "it", "pt_BR", "nl",
  "pl", "tr", "ru", "uk", "vi", "id_ID", "ro", "hu", "sv", "nb_NO", "fi", "cs_CZ", "hr", "az", "ka_GE",
  "zh_CN", "ko", "ja", "ar", "fa", "he"];
const flat = (v) => v == null ? [] : Array.isArray(v) ? v : Object.values(v).flat();
const out = new Set();
for (const loc of locales) {
  const p = allLocales[loc]?.person;
  if (!p) continue;
  for (const v of flat(p.first_name)) out.add(`${loc}\tgiven\t${v}`);
  for (const v of flat(p.last_name)) out.add(`${loc}\tfamily\t${v}`);
  const c = allLocales[loc]?.company;
  for (const v of flat(c?.legal_entity_type)) out.add(`${loc}\tlegal\t${v}`);
}
for (const v of [...flat(allLocales.en.company.noun), ...flat(allLocales.en.company.adjective)]) {
  out.add(`en\tword\t${v}`);
}
for (const line of out) {
  if (!/[\t\n]/.test(line.split("\t")[2])) console.log(line);
}
