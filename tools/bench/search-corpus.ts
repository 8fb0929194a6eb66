// The text the search figures are measured on: a fixed vocabulary with a skewed use (word i turns
// up about 1/(i+1) as often as word 0), so some words occur in most messages and most in few, as
// in real chat text, plus one rare word every 10,000 messages. Deterministic: the same every run.

const VOCABULARY = Array.from({ length: 2000 }, (_, i) => `w${i.toString(36)}x${((i * 7919) % 997).toString(36)}`);
const RARE = "zephyrquartz";
export const RARE_EVERY = 10_000;

function seededRandom(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

export function benchTexts(count: number): string[] {
  const random = seededRandom(19);
  return Array.from({ length: count }, (_, index) => {
    const words: string[] = [];
    const length = 4 + Math.floor(random() * 12);
    for (let i = 0; i < length; i++) words.push(VOCABULARY[Math.floor(VOCABULARY.length ** random()) - 1] ?? "w");
    if (index % RARE_EVERY === 0) words.push(RARE);
    return words.join(" ");
  });
}

const common = VOCABULARY[0] ?? "";
export const benchQueries = {
  commonWord: { q: common, what: "a word in most messages: the top 20 of many by BM25" },
  rareWord: { q: RARE, what: `a word in 1 message of ${RARE_EVERY}` },
  prefix: { q: common.slice(0, 3), what: "a prefix shared by many words" },
  twoWords: { q: `${VOCABULARY[1]} ${VOCABULARY[5]}`, what: "two words, both must occur" },
};
